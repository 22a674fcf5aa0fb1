import { SystemStatus } from '@/modules/system/components/SystemStatus';
import { Page } from '@/ui/Page';
import { PlannedNotice } from '@/ui/PlannedNotice';

export function ThermometerPage() {
  return (
    <Page
      title="Thermometer"
      intro="Hier ziet u straks in één oogopslag of het sociaal domein op koers is: een paar vaste cijfers over klachten, met de ontwikkeling in de tijd en een korte uitleg. De pagina is vooral bedoeld voor raadsleden. U ziet alleen totalen, nooit een los geval. Heel kleine aantallen tonen we niet, zodat niemand herkenbaar is."
    >
      <PlannedNotice />
      <SystemStatus />
    </Page>
  );
}
