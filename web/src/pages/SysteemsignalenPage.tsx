import { SignalAlertSubscriptionPanel } from '@/modules/signals/components/SignalAlertSubscriptionPanel';
import { SignalDetailPanel } from '@/modules/signals/components/SignalDetailPanel';
import { SignalListPanel } from '@/modules/signals/components/SignalListPanel';
import { useSignalsState } from '@/modules/signals/hooks/useSignalsState';
import { SavedViewsControl } from '@/modules/savedViews/components/SavedViewsControl';
import { Page } from '@/ui/Page';

export function SysteemsignalenPage() {
  const [state, update] = useSignalsState();
  return (
    <Page
      title="Systeemsignalen"
      intro="Hier ziet u aanwijzingen dat het systeem tekortschiet, en niet één persoon. Bijvoorbeeld: hetzelfde probleem bij meerdere aanbieders, inwoners die van loket naar loket worden gestuurd, klachten die vaker gemeld moeten worden, of termijnen die te vaak worden overschreden. Kies een signaal om te zien waarop het is gebaseerd. Urgente signalen (ernst hoog, over de afgelopen maanden) horen meteen bij het college te komen. Beleidsmedewerkers kunnen de status aanpassen."
    >
      <SavedViewsControl />
      <SignalListPanel state={state} onChange={update} />
      {state.selectedId && (
        <SignalDetailPanel
          key={state.selectedId}
          id={state.selectedId}
          onClose={() => update({ selectedId: null })}
        />
      )}
      <SignalAlertSubscriptionPanel />
    </Page>
  );
}
