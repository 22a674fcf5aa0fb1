import type { CaseRecordFilterInput } from '@/generated/graphql';
import { formatNumber } from '@/lib/format';
import { MAX_EXPORT_RECORDS, recordsExportUrl } from '@/modules/records/utils/recordsExportUrl';

interface RecordExportLinkProps {
  filter: CaseRecordFilterInput;
  totalCount: number;
}

/** Every matching record as one CSV (the buttons below the table write only the page shown). */
export function RecordExportLink({ filter, totalCount }: RecordExportLinkProps) {
  if (totalCount === 0) return null;
  if (totalCount > MAX_EXPORT_RECORDS) {
    return (
      <p className="state">
        U kunt hoogstens {formatNumber(MAX_EXPORT_RECORDS)} dossiers tegelijk downloaden. Deze selectie heeft
        er {formatNumber(totalCount)}. Kies een kortere periode, een filter of een zoekterm.
      </p>
    );
  }
  return (
    <p>
      <a className="button" href={recordsExportUrl(filter)} download>
        Download alle {formatNumber(totalCount)} dossiers (CSV)
      </a>{' '}
      Met de geanonimiseerde tekst. Elke download wordt vastgelegd.
    </p>
  );
}
