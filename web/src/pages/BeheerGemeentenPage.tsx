import { BoundarySetsPanel } from '@/modules/neighbourhoodMap/components/BoundarySetsPanel';
import { BoundaryUploadForm } from '@/modules/neighbourhoodMap/components/BoundaryUploadForm';
import { MunicipalitiesPanel } from '@/modules/referenceData/components/MunicipalitiesPanel';
import { MunicipalityForm } from '@/modules/referenceData/components/MunicipalityForm';
import { RegionalParticipationPanel } from '@/modules/regionalComparison/components/RegionalParticipationPanel';
import { Page } from '@/ui/Page';

export function BeheerGemeentenPage() {
  return (
    <Page
      title="Gemeenten"
      intro="De gemeenten in deze installatie. Het aantal inwoners per jaar is nodig om cijfers per 1.000 inwoners te berekenen. Een nieuwe gemeente krijgt vanzelf een organisatie met dezelfde naam. De CBS-wijk- en buurtgrenzen zijn nodig voor de wijkkaart."
    >
      <MunicipalitiesPanel />
      <MunicipalityForm />
      <RegionalParticipationPanel />
      <BoundarySetsPanel />
      <BoundaryUploadForm />
    </Page>
  );
}
