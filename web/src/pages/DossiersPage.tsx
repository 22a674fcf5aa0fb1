import { RecordDetailPanel } from '@/modules/records/components/RecordDetailPanel';
import { RecordListPanel } from '@/modules/records/components/RecordListPanel';
import { useRecordsState } from '@/modules/records/hooks/useRecordsState';
import { createRecordsFilter } from '@/modules/records/utils/recordsState';
import { Page } from '@/ui/Page';

export function DossiersPage() {
  const [state, update] = useRecordsState();
  return (
    <Page
      title="Dossiers"
      intro="Hier leest u de klachten, signalen, meldingen en hulpvragen achter de cijfers. Namen en andere persoonsgegevens zijn weggehaald. Kies een thema, domein of soort, en open een dossier om de tekst te lezen. U kunt de pagina die u ziet downloaden. Deze pagina is alleen voor beleidsmedewerkers en beheerders; elke inzage wordt vastgelegd."
    >
      {/* A new filter starts again at page 1. */}
      <RecordListPanel key={JSON.stringify(createRecordsFilter(state))} state={state} onChange={update} />
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
