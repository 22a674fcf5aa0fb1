import { BeheerOverview } from '@/modules/beheer/components/BeheerOverview';
import { Page } from '@/ui/Page';

export function BeheerPage() {
  return (
    <Page
      title="Beheer"
      intro="Hier richt u Leerlus in voor uw gemeente, zonder SQL of code: gemeenten, organisaties, contracten, profielen voor exports en gebruikers. Elke wijziging wordt vastgelegd in het logboek."
    >
      <BeheerOverview />
    </Page>
  );
}
