import { TaxonomyPanel } from '@/modules/taxonomy/components/TaxonomyPanel';
import { Page } from '@/ui/Page';

export function ThemabeheerPage() {
  return (
    <Page
      title="Thema's beheren"
      intro="Voeg een thema of subthema toe, wijzig een naam of trefwoorden, verplaats een thema naar een ander hoofdthema, of stel het buiten gebruik. Een code verandert nooit. Een thema buiten gebruik blijft in de historie, maar krijgt geen nieuwe klachten. Wijzigingen gelden vanaf de volgende import; train daarna een nieuw themamodel."
    >
      <TaxonomyPanel />
    </Page>
  );
}
