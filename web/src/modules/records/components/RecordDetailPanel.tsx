import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { formatDate } from '@/lib/format';
import { caseRecordQueryOptions } from '@/modules/records/hooks/caseRecordQueryOptions';
import { recordLabel } from '@/modules/records/utils/recordLabels';
import { LoadingPanel } from '@/ui/LoadingPanel';

interface RecordDetailPanelProps {
  id: string;
  onClose: () => void;
}

/** One redacted record; focus moves to its heading so keyboard users land on it. */
export function RecordDetailPanel({ id, onClose }: RecordDetailPanelProps) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, error, isPending, refetch } = useQuery(caseRecordQueryOptions(id));
  const record = data?.caseRecord;
  useEffect(() => heading.current?.focus(), [id]);

  const fields: [string, string][] = record
    ? [
        ['Soort', recordLabel(record.kind)],
        ['Ontvangen', formatDate(record.receivedOn)],
        ['Afgesloten', formatDate(record.closedOn)],
        ['Domein', record.domainLabel],
        ['Thema', record.themeLabel ?? 'Geen thema'],
        ['Lijn', recordLabel(record.line)],
        ['Kanaal', recordLabel(record.channel)],
        ['Ingediend door', recordLabel(record.complainantType)],
        ['Bron', record.sourceOrganisation],
        ['Over organisatie', record.subjectOrganisation ?? '–'],
        ['Wijk', record.neighbourhoodName ?? record.neighbourhoodCode ?? '–'],
        ['Uitkomst', recordLabel(record.outcome)],
        ['Inwoner (pseudoniem)', record.subjectKeyShort ?? '–'],
      ]
    : [];

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        Dossier {id}
      </h2>
      <button type="button" className="button button--secondary" onClick={onClose}>
        Sluit dossier
      </button>
      <LoadingPanel
        isLoading={isPending}
        error={error}
        isEmpty={data !== undefined && !record}
        emptyText="Dit dossier bestaat niet, of u mag het niet zien."
        onRetry={() => void refetch()}
      >
        {record && (
          <>
            <dl className="details-list">
              {fields.map(([term, value]) => (
                <div key={term}>
                  <dt>{term}</dt>
                  <dd>{value || '–'}</dd>
                </div>
              ))}
            </dl>
            <h3>Tekst (geanonimiseerd)</h3>
            <p className="redacted-text">{record.textRedacted || 'Er is geen tekst bij dit dossier.'}</p>
          </>
        )}
      </LoadingPanel>
    </section>
  );
}
