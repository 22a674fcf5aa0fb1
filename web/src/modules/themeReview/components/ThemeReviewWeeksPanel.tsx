import { useQuery } from '@tanstack/react-query';
import { themeReviewWeeksQueryOptions } from '@/modules/themeReview/hooks/themeReviewWeeksQueryOptions';
import { buildReviewWeeksTable } from '@/modules/themeReview/utils/buildReviewWeeksTable';
import { TablePanel } from '@/ui/TablePanel';

/** Agreement with the suggestions and the accuracy on the random sample, per week. */
export function ThemeReviewWeeksPanel() {
  const { data, isLoading, error, refetch } = useQuery(themeReviewWeeksQueryOptions());
  const weeks = data?.themeReviewWeeks ?? [];
  return (
    <TablePanel
      title="Hoe vaak klopt het voorgestelde thema?"
      table={data ? buildReviewWeeksTable(weeks) : null}
      isLoading={isLoading}
      error={error}
      onRetry={() => void refetch()}
      exportFileName="themabeoordeling-per-week"
      emptyText="Er zijn de laatste twaalf weken nog geen beoordelingen."
    />
  );
}
