import { HandlingNormsSection } from '@/modules/handlingNorms/components/HandlingNormsSection';
import { Page } from '@/ui/Page';

export function BeheerTermijnenPage() {
  return (
    <Page
      title="Termijnen"
      intro="Eigen afhandeltermijnen per bron: de termijn die bij een categorie van Signalen hoort, of de termijn uit het contract met een aanbieder. Leerlus meet 'binnen termijn' met de termijn van de zaak zelf; heeft de zaak die niet, dan met de termijn van deze lijst, en anders met de wettelijke termijn."
    >
      <HandlingNormsSection />
    </Page>
  );
}
