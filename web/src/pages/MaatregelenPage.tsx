import { useQuery } from '@tanstack/react-query';
import { useCurrentUser } from '@/modules/auth/hooks/useCurrentUser';
import { FollowUpPanel } from '@/modules/measures/components/FollowUpPanel';
import { MeasureEffectPanel } from '@/modules/measures/components/MeasureEffectPanel';
import { MeasureForm } from '@/modules/measures/components/MeasureForm';
import { MeasureStatusForm } from '@/modules/measures/components/MeasureStatusForm';
import { measuresQueryOptions } from '@/modules/measures/hooks/measuresQueryOptions';
import { MeasuresRegisterPanel } from '@/modules/measures/components/MeasuresRegisterPanel';
import { useSelectedMeasure } from '@/modules/measures/hooks/useSelectedMeasure';
import { SavedViewsControl } from '@/modules/savedViews/components/SavedViewsControl';
import { Page } from '@/ui/Page';

export function MaatregelenPage() {
  const user = useCurrentUser();
  const [selectedId, select] = useSelectedMeasure();
  const mayEdit = user?.role === 'beleid' || user?.role === 'beheer';
  const selected = useQuery(measuresQueryOptions()).data?.measures.find(
    (measure) => measure.id === selectedId,
  );
  return (
    <Page
      title="Maatregelen"
      intro="Hier staat wat de gemeente heeft besloten naar aanleiding van klachten, signalen en aanbevelingen. Per maatregel ziet u of het aantal klachten over het thema daarna duidelijk is veranderd, of dat de verandering binnen het normale op en neer valt. Beleidsmedewerkers leggen maatregelen vast."
    >
      <SavedViewsControl />
      {mayEdit && <MeasureForm />}
      <MeasuresRegisterPanel selectedId={selectedId} onSelect={select} />
      {selectedId && <MeasureEffectPanel key={selectedId} id={selectedId} />}
      {mayEdit && selected && <MeasureStatusForm key={selected.id} measure={selected} />}
      <FollowUpPanel />
    </Page>
  );
}
