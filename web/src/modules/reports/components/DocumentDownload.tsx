import { useQuery } from '@tanstack/react-query';
import type { DocumentFormat } from '@/generated/graphql';
import { reportDocumentQueryOptions } from '@/modules/reports/hooks/reportDocumentQueryOptions';
import { useRequestReportDocumentMutation } from '@/modules/reports/hooks/useRequestReportDocumentMutation';

const FORMAT_LABELS: Record<DocumentFormat, string> = {
  pdf: 'PDF (toegankelijk)',
  docx: 'Word (bewerkbaar)',
  xlsx: 'Excel',
};

interface DocumentDownloadProps {
  snapshotId: string;
  format: DocumentFormat;
}

function Progress({ id, label }: { id: string; label: string }) {
  const { data } = useQuery(reportDocumentQueryOptions(id));
  const document = data?.reportDocument;
  if (!document || document.status === 'wachtend' || document.status === 'bezig') {
    return (
      <span role="status">
        <progress max={100} value={document?.progress ?? 0} aria-label={`${label} wordt gemaakt`} />{' '}
        {document?.progress ?? 0}%
      </span>
    );
  }
  if (document.status === 'mislukt' || !document.downloadUrl) {
    return <span role="alert">{document.error ?? 'Het document kon niet worden gemaakt.'}</span>;
  }
  return (
    <a className="button" href={document.downloadUrl} download>
      {label} downloaden
    </a>
  );
}

/** Asks the API to render the snapshot in one format, shows progress, then the download link. */
export function DocumentDownload({ snapshotId, format }: DocumentDownloadProps) {
  const request = useRequestReportDocumentMutation();
  const label = FORMAT_LABELS[format];
  const documentId = request.data?.requestReportDocument.id;
  return (
    <li>
      {documentId ? (
        <Progress id={documentId} label={label} />
      ) : (
        <button
          type="button"
          className="button button--secondary"
          disabled={request.isPending}
          onClick={() => request.mutate({ snapshotId, format })}
        >
          {label} maken
        </button>
      )}
      {request.isError && <span role="alert"> Het maken is niet gelukt. Probeer het opnieuw.</span>}
    </li>
  );
}
