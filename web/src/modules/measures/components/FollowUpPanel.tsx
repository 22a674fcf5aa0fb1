import { useQuery } from '@tanstack/react-query';
import type { RecommendationFollowUpQuery } from '@/generated/graphql';
import { recommendationFollowUpQueryOptions } from '@/modules/measures/hooks/recommendationFollowUpQueryOptions';
import { sourceKindLabels } from '@/modules/measures/utils/measureLabels';
import { TablePanel } from '@/ui/TablePanel';
import type { TableData } from '@/ui/table/tableData';

type FollowUp = RecommendationFollowUpQuery['recommendationFollowUp'];

function buildFollowUpTable(rows: FollowUp): TableData {
  const count = (value: number) => ({
    kind: 'value' as const,
    value,
    suppressed: false,
    format: 'number' as const,
  });
  // The API sends shares in percent; the table's percent format expects a ratio.
  const share = (value: number | null | undefined) => ({
    kind: 'value' as const,
    value: value === null || value === undefined ? null : value / 100,
    suppressed: false,
    format: 'percent' as const,
  });
  return {
    caption: 'Opvolging van aanbevelingen',
    rowHeaderLabel: 'Herkomst',
    columns: [
      { key: 'total', label: 'Aantal' },
      { key: 'followed', label: 'Opgevolgd' },
      { key: 'notFollowed', label: 'Niet opgevolgd' },
      { key: 'pending', label: 'In afwachting' },
      { key: 'followedOfDecided', label: 'Opgevolgd van besliste' },
    ],
    rows: rows.map((row) => ({
      key: row.sourceKind,
      header: sourceKindLabels[row.sourceKind],
      cells: [
        count(row.total),
        share(row.followedShare),
        share(row.notFollowedShare),
        share(row.pendingShare),
        share(row.followedOfDecided),
      ],
    })),
  };
}

/** Ombudsman recommendations and panel findings: followed, not followed, pending, with shares. */
export function FollowUpPanel() {
  const { data, error, isPending, refetch } = useQuery(recommendationFollowUpQueryOptions());
  return (
    <TablePanel
      title="Opvolging van aanbevelingen"
      table={data ? buildFollowUpTable(data.recommendationFollowUp) : null}
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      exportFileName="opvolging-aanbevelingen"
    />
  );
}
