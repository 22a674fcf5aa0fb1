import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { themeModelTrainingQuery } from '@/modules/themeModels/graphql/themeModelTrainingQuery';
import { isTrainingDone } from '@/modules/themeModels/utils/trainingPhaseLabels';

/** The running or last training: polled every second while it runs. */
export function themeModelTrainingQueryOptions() {
  return queryOptions({
    queryKey: ['themeModels:training'],
    queryFn: ({ signal }) => graphqlRequest(themeModelTrainingQuery, {}, { signal }),
    refetchInterval: (query) => {
      const training = query.state.data?.themeModelTraining;
      return !training || isTrainingDone(training.phase) ? false : 1000;
    },
  });
}
