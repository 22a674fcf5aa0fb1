import { useQuery } from '@tanstack/react-query';
import { formatDate } from '@/lib/format';
import { dataFreshnessQueryOptions } from '@/modules/sources/hooks/dataFreshnessQueryOptions';
import { buildFreshnessTable } from '@/modules/sources/utils/buildFreshnessTable';
import { TablePanel } from '@/ui/TablePanel';

/** Per source: newest data, last delivery and whether it is older than expected. */
export function FreshnessPanel() {
  const { data, error, isPending, refetch } = useQuery(dataFreshnessQueryOptions());
  const result = data?.dataFreshness;
  const table = result
    ? buildFreshnessTable(result.sources, `Actualiteit per bron op ${formatDate(result.today)}`)
    : null;
  return (
    <TablePanel
      title="Hoe actueel is elke bron?"
      definition={{
        definition:
          'Per bron ziet u de datum van de nieuwste gegevens en wanneer de laatste levering binnenkwam. Een bron is verouderd als er geen gegevens zijn, of als de nieuwste gegevens ouder zijn dan verwacht: gemeente 7 dagen, ombudsman 90 dagen, samenwerkingsverband 30 dagen, aanbieder 213 dagen (halfjaarrapportage plus 30 dagen). Let op: een bron die op tijd levert maar een tijd geen klachten had, lijkt ook verouderd. Kijk dan naar de laatste levering.',
        legalBasis: null,
      }}
      table={table}
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      exportFileName="actualiteit-bronnen"
      emptyText="Er zijn nog geen bronnen."
    />
  );
}
