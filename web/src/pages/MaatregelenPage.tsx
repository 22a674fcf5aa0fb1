import { useCurrentUser } from '@/modules/auth/hooks/useCurrentUser';
import { FollowUpPanel } from '@/modules/measures/components/FollowUpPanel';
import { MeasureEffectPanel } from '@/modules/measures/components/MeasureEffectPanel';
import { MeasureForm } from '@/modules/measures/components/MeasureForm';
import { MeasuresRegisterPanel } from '@/modules/measures/components/MeasuresRegisterPanel';
import { useSelectedMeasure } from '@/modules/measures/hooks/useSelectedMeasure';
import { Page } from '@/ui/Page';

export function MaatregelenPage() {
  const user = useCurrentUser();
  const [selectedId, select] = useSelectedMeasure();
  const mayEdit = user?.role === 'beleid' || user?.role === 'beheer';
  return (
    <Page
      title="Maatregelen"
      intro="Hier staat wat de gemeente heeft besloten naar aanleiding van klachten, signalen en aanbevelingen. Per maatregel ziet u of het aantal klachten over het thema daarna duidelijk is veranderd, of dat de verandering binnen het normale op en neer valt. Beleidsmedewerkers leggen maatregelen vast."
    >
      {mayEdit && <MeasureForm />}
      <MeasuresRegisterPanel selectedId={selectedId} onSelect={select} />
      {selectedId && <MeasureEffectPanel key={selectedId} id={selectedId} />}
      <FollowUpPanel />
    </Page>
  );
}
