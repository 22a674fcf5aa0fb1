import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { setRegionalParticipationMutation } from '@/modules/regionalComparison/graphql/setRegionalParticipationMutation';
import { regionalParticipationQueryOptions } from '@/modules/regionalComparison/hooks/regionalParticipationQueryOptions';
import { LoadingPanel } from '@/ui/LoadingPanel';
import { MutationFeedback } from '@/ui/MutationFeedback';

/** Beheer: per municipality, whether it takes part in the regional comparison (audited by the API). */
export function RegionalParticipationPanel() {
  const queryClient = useQueryClient();
  const query = useQuery(regionalParticipationQueryOptions());
  const mutation = useMutation({
    mutationFn: (input: { municipalityCode: string; participates: boolean }) =>
      graphqlRequest(setRegionalParticipationMutation, { input }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: regionalParticipationQueryOptions().queryKey }),
  });
  const municipalities = query.data?.regionalParticipation ?? [];
  return (
    <section className="panel" aria-labelledby="regionale-vergelijking">
      <h2 id="regionale-vergelijking">Regionale vergelijking</h2>
      <p>
        Een gemeente doet alleen mee aan de pagina Regio vergelijken als u dat hier aanzet. Alleen gemeenten
        van dezelfde regio die meedoen worden met elkaar vergeleken, en alleen hun gebruikers zien de
        vergelijking. Elke wijziging wordt vastgelegd.
      </p>
      <LoadingPanel
        isLoading={query.isPending}
        error={query.error}
        isEmpty={municipalities.length === 0}
        emptyText="Er is nog geen gemeente."
        onRetry={() => void query.refetch()}
      >
        <fieldset className="form">
          <legend>Doet mee aan regionale vergelijking</legend>
          {municipalities.map((municipality) => (
            <div key={municipality.code} className="form__field">
              <label>
                <input
                  type="checkbox"
                  checked={municipality.participates}
                  disabled={mutation.isPending}
                  onChange={(event) =>
                    mutation.mutate({
                      municipalityCode: municipality.code,
                      participates: event.target.checked,
                    })
                  }
                />{' '}
                {municipality.name} ({municipality.region ?? 'geen regio ingevuld'})
              </label>
            </div>
          ))}
        </fieldset>
        <MutationFeedback
          error={mutation.error}
          success={mutation.isSuccess ? 'De deelname is opgeslagen.' : null}
        />
      </LoadingPanel>
    </section>
  );
}
