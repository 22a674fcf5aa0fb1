import { RecordDetailPanel } from '@/modules/records/components/RecordDetailPanel';
import { RecordListPanel } from '@/modules/records/components/RecordListPanel';
import { useRecordsState } from '@/modules/records/hooks/useRecordsState';
import { SavedViewsControl } from '@/modules/savedViews/components/SavedViewsControl';
import { Page } from '@/ui/Page';

export function DossiersPage() {
  const [state, update] = useRecordsState();
  return (
    <Page
      title="Dossiers"
      intro="Hier leest u de klachten, signalen, meldingen en hulpvragen achter de cijfers. Namen en andere persoonsgegevens zijn weggehaald. Zoek op woorden in de tekst, kies een periode, thema, domein of soort, en open een dossier om de tekst te lezen. U kunt alle dossiers die u vindt downloaden. Deze pagina is alleen voor beleidsmedewerkers en beheerders; elke inzage wordt vastgelegd."
    >
      <SavedViewsControl />
      <RecordListPanel state={state} onChange={update} />
      {state.selectedId && (
        <RecordDetailPanel
          key={state.selectedId}
          id={state.selectedId}
          onClose={() => update({ selectedId: null })}
        />
      )}
    </Page>
  );
}
