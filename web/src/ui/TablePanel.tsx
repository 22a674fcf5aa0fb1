import { useId, type ReactNode } from 'react';
import { DefinitionDisclosure, type MetricDefinition } from '@/ui/charts/DefinitionDisclosure';
import { ExportButtons } from '@/ui/export/ExportButtons';
import { LoadingPanel } from '@/ui/LoadingPanel';
import { SuppressedNote } from '@/ui/SuppressedNote';
import { DataTable } from '@/ui/table/DataTable';
import { hasSuppressedCell } from '@/ui/table/hasSuppressedCell';
import type { TableData } from '@/ui/table/tableData';

interface TablePanelProps {
  title: string;
  definition?: MetricDefinition;
  /** Null until the data is there; the exports always write exactly this table. */
  table: TableData | null;
  isLoading: boolean;
  error: Error | null;
  onRetry?: () => void;
  isRefreshing?: boolean;
  exportFileName: string;
  emptyText?: string;
  /** A richer rendering of the same rows (links, badges); defaults to a DataTable of `table`. */
  children?: ReactNode;
  /** Controls above the table (filters). */
  controls?: ReactNode;
  notes?: ReactNode;
}

/**
 * The frame of a list without a chart (imports, signals, records): title, definition, the shared
 * loading/error/empty/suppressed states and CSV/XLSX export of the rows shown.
 */
export function TablePanel({
  title,
  definition,
  table,
  isLoading,
  error,
  onRetry,
  isRefreshing = false,
  exportFileName,
  emptyText = 'Er zijn geen gegevens om te laten zien.',
  children,
  controls,
  notes,
}: TablePanelProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} aria-busy={isRefreshing || undefined} className="panel">
      <h2 id={headingId}>{title}</h2>
      {definition && <DefinitionDisclosure {...definition} />}
      {controls}
      <LoadingPanel
        isLoading={isLoading || (table === null && !error)}
        error={error}
        isEmpty={table !== null && table.rows.length === 0}
        emptyText={emptyText}
        onRetry={onRetry}
      >
        {table && (
          <>
            {isRefreshing && (
              <p role="status" className="state state--loading">
                De gegevens worden bijgewerkt…
              </p>
            )}
            {children ?? <DataTable table={table} />}
            {hasSuppressedCell(table) && <SuppressedNote />}
            {notes}
            <ExportButtons table={table} fileName={exportFileName} title={title} />
          </>
        )}
      </LoadingPanel>
    </section>
  );
}
