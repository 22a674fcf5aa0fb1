import { useState } from 'react';
import { downloadBlob } from '@/ui/export/downloadBlob';
import { toCsv } from '@/ui/export/toCsv';
import { toXlsx } from '@/ui/export/toXlsx';
import type { TableData } from '@/ui/table/tableData';

interface ExportButtonsProps {
  table: TableData;
  /** File name without extension, e.g. "themas-2025-11-01-2026-10-31". */
  fileName: string;
  /** Panel title, in the accessible name (which starts with the visible text) so each button is unique. */
  title: string;
}

/** CSV and Excel downloads of exactly the table shown. */
export function ExportButtons({ table, fileName, title }: ExportButtonsProps) {
  const [xlsxState, setXlsxState] = useState<'idle' | 'busy' | 'failed'>('idle');

  async function downloadXlsx() {
    setXlsxState('busy');
    try {
      downloadBlob(await toXlsx(table), `${fileName}.xlsx`);
      setXlsxState('idle');
    } catch {
      setXlsxState('failed');
    }
  }

  return (
    <div className="export-buttons">
      <button
        type="button"
        className="button button--secondary"
        aria-label={`CSV downloaden: ${title}`}
        onClick={() =>
          downloadBlob(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`)
        }
      >
        CSV downloaden
      </button>
      <button
        type="button"
        className="button button--secondary"
        aria-label={`Excel downloaden: ${title}`}
        disabled={xlsxState === 'busy'}
        onClick={() => void downloadXlsx()}
      >
        Excel downloaden
      </button>
      {xlsxState === 'failed' && (
        <p role="alert" className="export-buttons__error">
          Het Excel-bestand kon niet worden gemaakt. Probeer CSV.
        </p>
      )}
    </div>
  );
}
