import { useQuery } from '@tanstack/react-query';
import { formatNumber } from '@/lib/format';
import { ThemeReviewItemCard } from '@/modules/themeReview/components/ThemeReviewItemCard';
import { themeReviewOptionsQueryOptions } from '@/modules/themeReview/hooks/themeReviewOptionsQueryOptions';
import { themeReviewQueueQueryOptions } from '@/modules/themeReview/hooks/themeReviewQueueQueryOptions';
import { useDecideThemeReviewMutation } from '@/modules/themeReview/hooks/useDecideThemeReviewMutation';
import { LoadingPanel } from '@/ui/LoadingPanel';

const BATCH = 10;

/** The first suggestion waiting for a decision; after each decision the next one appears. */
export function ThemeReviewQueuePanel() {
  const queue = useQuery(themeReviewQueueQueryOptions(BATCH));
  const options = useQuery(themeReviewOptionsQueryOptions());
  const decide = useDecideThemeReviewMutation();
  const item = queue.data?.themeReviewQueue.items[0];
  return (
    <section aria-labelledby="review-queue-title">
      <h2 id="review-queue-title" className="visually-hidden">
        Wachtrij
      </h2>
      <LoadingPanel
        isLoading={queue.isLoading || options.isLoading}
        error={queue.error ?? options.error ?? decide.error}
        isEmpty={!item}
        emptyText="Er wachten geen voorstellen op een beoordeling."
        onRetry={() => void queue.refetch()}
      >
        <p role="status">Nog {formatNumber(queue.data?.themeReviewQueue.totalCount ?? 0)} te beoordelen.</p>
        {item && (
          <ThemeReviewItemCard
            key={item.recordId}
            item={item}
            options={options.data?.themeReviewOptions ?? []}
            isSaving={decide.isPending}
            takeFocus={decide.isSuccess}
            onDecide={(decision, themeCode) =>
              decide.mutate({ input: { recordId: item.recordId, decision, themeCode: themeCode ?? null } })
            }
          />
        )}
      </LoadingPanel>
    </section>
  );
}
