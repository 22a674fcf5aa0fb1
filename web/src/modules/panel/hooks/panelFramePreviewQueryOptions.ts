import { queryOptions } from '@tanstack/react-query';
import type { PanelFrameInput, PanelStratifyBy } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { panelFramePreviewQuery } from '@/modules/panel/graphql/panelFramePreviewQuery';

export function panelFramePreviewQueryOptions(
  frame: PanelFrameInput,
  stratifyBy: PanelStratifyBy | null,
  margin: number,
) {
  return queryOptions({
    queryKey: ['panel:frame-preview', frame, stratifyBy, margin],
    queryFn: ({ signal }) =>
      graphqlRequest(panelFramePreviewQuery, { frame, stratifyBy, margin }, { signal }),
    placeholderData: (previous) => previous,
  });
}
