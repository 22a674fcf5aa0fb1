import {
  buildColumnsTable,
  buildRedactionsTable,
  buildRejectedTable,
  buildStoredRowsTable,
} from '@/modules/profiles/utils/buildPreviewTables';
import type { FilePreview } from '@/modules/profiles/utils/previewImport';
import { DataTable } from '@/ui/table/DataTable';
import { FormErrors } from '@/ui/FormErrors';

interface PreviewResultProps {
  preview: FilePreview;
  onUseDraft: (yaml: string) => void;
}

const FORMATS: Record<string, string> = {
  csv: 'CSV (tekst met scheidingstekens)',
  xlsx: 'Excel (XLSX)',
  json: 'JSON',
};

/** What an import of the sample would do; every part as a table. Nothing was stored. */
export function PreviewResult({ preview, onUseDraft }: PreviewResultProps) {
  const rejected = buildRejectedTable(preview);
  const redactions = buildRedactionsTable(preview);
  return (
    <div aria-label={`Voorbeeld van ${preview.file}`} role="region">
      <h3>Zo wordt {preview.file} gelezen</h3>
      <dl className="facts">
        <dt>Soort bestand</dt>
        <dd>{FORMATS[preview.format] ?? preview.format}</dd>
        <dt>Codering, scheidingsteken en blad</dt>
        <dd>{preview.description}</dd>
        <dt>Rij met kolomnamen</dt>
        <dd>{preview.headerLine}</dd>
      </dl>
      <FormErrors
        problems={preview.problems}
        intro="Met dit profiel kan het bestand niet worden ingelezen:"
      />
      {preview.warnings.length > 0 && (
        <ul className="notice">
          {preview.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <DataTable table={buildColumnsTable(preview)} />
      {preview.draft !== null ? (
        <p>
          Zonder profiel maakt Leerlus een concept uit deze kolommen.{' '}
          <button type="button" className="button" onClick={() => onUseDraft(preview.draft ?? '')}>
            Concept in de editor zetten
          </button>
        </p>
      ) : (
        <>
          <h4>De eerste {preview.rows.length} rijen zoals ze worden opgeslagen</h4>
          {preview.rows.length > 0 ? (
            <DataTable table={buildStoredRowsTable(preview)} />
          ) : (
            <p>Geen enkele rij kan worden opgeslagen.</p>
          )}
          <h4>Afgewezen rijen ({rejected.rows.length})</h4>
          {rejected.rows.length > 0 ? <DataTable table={rejected} /> : <p>Geen rij wordt afgewezen.</p>}
          <h4>Persoonsgegevens die worden weggehaald ({redactions.rows.length})</h4>
          {redactions.rows.length > 0 ? (
            <DataTable table={redactions} />
          ) : (
            <p>In deze rijen zijn geen persoonsgegevens gevonden.</p>
          )}
        </>
      )}
    </div>
  );
}
