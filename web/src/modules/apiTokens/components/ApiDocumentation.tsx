import { useQuery } from '@tanstack/react-query';
import { ApiExamplesPanel } from '@/modules/apiTokens/components/ApiExamplesPanel';
import { IndicatorFamilyReference } from '@/modules/apiTokens/components/IndicatorFamilyReference';
import { IndicatorReference } from '@/modules/apiTokens/components/IndicatorReference';
import { indicatorApiQueryOptions } from '@/modules/apiTokens/hooks/indicatorApiQueryOptions';
import { LoadingPanel } from '@/ui/LoadingPanel';

/** Examples and reference, both from the API's own description of the CSV endpoints. */
export function ApiDocumentation() {
  const query = useQuery(indicatorApiQueryOptions());
  const catalog = query.data?.indicatorApi;
  const first = catalog?.indicators[0];
  return (
    <LoadingPanel
      isLoading={query.isPending}
      error={query.error}
      isEmpty={!first}
      loadingText="De beschrijving van de API wordt geladen…"
      onRetry={() => void query.refetch()}
    >
      {catalog && first && (
        <>
          <ApiExamplesPanel csvPath={first.csvPath} />
          <IndicatorReference catalog={catalog} />
          {catalog.families.length > 0 && <IndicatorFamilyReference families={catalog.families} />}
        </>
      )}
    </LoadingPanel>
  );
}
