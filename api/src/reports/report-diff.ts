import { Report, ReportChange } from './models/report.model';

/** Every cell keyed by section, table, row and column, with its printed text. */
function cells(
  report: Report,
): Map<string, { change: Omit<ReportChange, 'before' | 'after'>; text: string }> {
  const result = new Map<string, { change: Omit<ReportChange, 'before' | 'after'>; text: string }>();
  for (const section of report.sections) {
    for (const table of section.tables) {
      for (const tableRow of table.rows) {
        tableRow.cells.forEach((text, index) => {
          const change = {
            section: section.title,
            table: table.caption,
            row: tableRow.label,
            column: table.columns[index + 1] ?? String(index + 1),
          };
          result.set(JSON.stringify(change), { change, text });
        });
      }
    }
  }
  return result;
}

/** What changed in the figures from `before` to `after`, in the order of `after` then removed ones. */
export function diffReports(before: Report, after: Report): ReportChange[] {
  const old = cells(before);
  const now = cells(after);
  const changes: ReportChange[] = [];
  for (const [key, cell] of now) {
    const previous = old.get(key);
    if (previous?.text !== cell.text) {
      changes.push({ ...cell.change, before: previous?.text ?? null, after: cell.text });
    }
  }
  for (const [key, cell] of old) {
    if (!now.has(key)) changes.push({ ...cell.change, before: cell.text, after: null });
  }
  return changes;
}
