import { useCurrentUser } from '@/modules/auth/hooks/useCurrentUser';
import { ReportComposerPanel } from '@/modules/reports/components/ReportComposerPanel';
import { ReportSubscriptionsPanel } from '@/modules/reports/components/ReportSubscriptionsPanel';
import { SnapshotListPanel } from '@/modules/reports/components/SnapshotListPanel';
import { SnapshotPanel } from '@/modules/reports/components/SnapshotPanel';
import { useReportsState } from '@/modules/reports/hooks/useReportsState';
import { SavedViewsControl } from '@/modules/savedViews/components/SavedViewsControl';
import { Page } from '@/ui/Page';

export function RapportagesPage() {
  const user = useCurrentUser();
  const [state, update] = useReportsState();
  const mayCompose = user?.role === 'college' || user?.role === 'beleid' || user?.role === 'beheer';
  return (
    <Page
      title="Rapportages"
      intro="Hier staan de vaste overzichten voor de planning- en controlcyclus: de voorjaarsnota, de bestuursrapportage, het jaarverslag en het klachtenjaarverslag. Een rapport wordt vastgelegd met de cijfers van dat moment, zodat het later nog steeds klopt. U kunt het downloaden als PDF, Word of Excel. Het college en beleidsmedewerkers maken rapporten; de gemeenteraad leest ze."
    >
      <SavedViewsControl />
      {mayCompose && <ReportComposerPanel onFrozen={(id) => update({ open: id, compareWith: null })} />}
      <SnapshotListPanel openId={state.open} onOpen={(id) => update({ open: id, compareWith: null })} />
      {state.open && (
        <SnapshotPanel
          key={state.open}
          id={state.open}
          compareWith={state.compareWith}
          onCompare={(compareWith) => update({ compareWith })}
        />
      )}
      <ReportSubscriptionsPanel />
    </Page>
  );
}
