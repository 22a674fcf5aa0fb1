import type { CaseRecordsQuery } from '@/generated/graphql';

interface HighlightedTextProps {
  segments: NonNullable<CaseRecordsQuery['caseRecords']['records'][number]['highlight']>;
}

/** Search matches in <mark>; every piece is rendered as text, so markup in a complaint stays text. */
export function HighlightedText({ segments }: HighlightedTextProps) {
  return (
    <span className="highlighted-text">
      {segments.map((segment, index) =>
        segment.matched ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </span>
  );
}
