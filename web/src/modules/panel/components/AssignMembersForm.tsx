import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { PanelSampleQuery } from '@/generated/graphql';
import { panelMembersQueryOptions } from '@/modules/panel/hooks/panelMembersQueryOptions';
import { useAssignPanelMembersMutation } from '@/modules/panel/hooks/useAssignPanelMembersMutation';
import { LoadingPanel } from '@/ui/LoadingPanel';

type Sample = PanelSampleQuery['panelSample'];

/** The coordinator chooses the members; the cases are divided over them (one or two per case). */
export function AssignMembersForm({ sample }: { sample: Sample }) {
  const id = useId();
  const members = useQuery(panelMembersQueryOptions());
  const mutation = useAssignPanelMembersMutation();
  const [chosen, setChosen] = useState<number[]>(sample.members.map((member) => member.userId));

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate({ sampleId: sample.id, userIds: chosen });
  }
  const list = members.data?.panelMembers ?? [];
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Panelleden toewijzen</h2>
      <p>
        De zaken worden eerlijk verdeeld over de leden die u kiest
        {sample.reviewersPerCase === 2 ? ', en elke zaak krijgt twee leden.' : '.'} Een lid ziet alleen de
        zaken die aan hem of haar zijn toegewezen.
      </p>
      <LoadingPanel
        isLoading={members.isLoading}
        error={members.error}
        isEmpty={list.length === 0}
        emptyText="Er zijn nog geen gebruikers met de rol burgerpanel."
      >
        <form className="form" onSubmit={submit}>
          <fieldset className="form__field">
            <legend>Leden van het burgerpanel</legend>
            {list.map((member) => (
              <label key={member.id} className="choice choice--block">
                <input
                  type="checkbox"
                  checked={chosen.includes(member.id)}
                  onChange={(event) =>
                    setChosen(
                      event.target.checked
                        ? [...chosen, member.id]
                        : chosen.filter((item) => item !== member.id),
                    )
                  }
                />
                {member.displayName}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="button" disabled={mutation.isPending}>
            Toewijzen
          </button>
          <div role="status">{mutation.isSuccess && 'De zaken zijn toegewezen.'}</div>
          <div role="alert">{mutation.isError && 'Het toewijzen is niet gelukt. Probeer het opnieuw.'}</div>
        </form>
      </LoadingPanel>
    </section>
  );
}
