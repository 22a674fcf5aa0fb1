import { useId, useState, type ReactNode } from 'react';
import { DefinitionDisclosure, type MetricDefinition } from '@/ui/charts/DefinitionDisclosure';
import { ExportButtons } from '@/ui/export/ExportButtons';
import { LoadingPanel } from '@/ui/LoadingPanel';
import { SuppressedNote } from '@/ui/SuppressedNote';
import { DataTable } from '@/ui/table/DataTable';
import { hasSuppressedCell } from '@/ui/table/hasSuppressedCell';
import type { TableData } from '@/ui/table/tableData';

interface ChartPanelProps {
  title: string;
  definition?: MetricDefinition;
  /** Null until the data is there. The chart, the table and the exports all show this data. */
  table: TableData | null;
  /** The chart for the same data (a LazyLineChart or LazyBarChart). */
  chart: ReactNode;
  isLoading: boolean;
  error: Error | null;
  onRetry?: () => void;
  /** True while newer data is on its way and the previous figures are still shown. */
  isRefreshing?: boolean;
  /** File name for exports, without extension. */
  exportFileName: string;
  /** Interpretation guidance under the figures (features.md row 41). */
  notes?: ReactNode;
}

type View = 'grafiek' | 'tabel';

/**
 * The frame of every figure on the dashboard: title, definition, a Grafiek/Tabel switch with a real
 * table behind every chart, CSV/XLSX export of that table, and the shared loading, error, empty and
 * suppressed states (style rule 10).
 */
export function ChartPanel({
  title,
  definition,
  table,
  chart,
  isLoading,
  error,
  onRetry,
  isRefreshing = false,
  exportFileName,
  notes,
}: ChartPanelProps) {
  const headingId = useId();
  const [view, setView] = useState<View>('grafiek');
  const isEmpty = table !== null && table.rows.length === 0;

  return (
    <section aria-labelledby={headingId} aria-busy={isRefreshing || undefined} className="panel chart-panel">
      <div className="chart-panel__header">
        <h2 id={headingId}>{title}</h2>
        <div role="group" aria-label={`Weergave van ${title}`} className="toggle">
          {(['grafiek', 'tabel'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="toggle__option"
              aria-pressed={view === option}
              onClick={() => setView(option)}
            >
              {option === 'grafiek' ? 'Grafiek' : 'Tabel'}
            </button>
          ))}
        </div>
      </div>
      {definition && <DefinitionDisclosure {...definition} />}
      <LoadingPanel
        isLoading={isLoading || (table === null && !error)}
        error={error}
        isEmpty={isEmpty}
        emptyText="Er zijn geen gegevens voor deze periode en deze filters."
        onRetry={onRetry}
      >
        {table && (
          <>
            {isRefreshing && (
              <p role="status" className="state state--loading">
                De cijfers worden bijgewerkt…
              </p>
            )}
            {view === 'grafiek' ? chart : <DataTable table={table} />}
            {hasSuppressedCell(table) && <SuppressedNote />}
            {notes}
            <ExportButtons table={table} fileName={exportFileName} title={title} />
          </>
        )}
      </LoadingPanel>
    </section>
  );
}
