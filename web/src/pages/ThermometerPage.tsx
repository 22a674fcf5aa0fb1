import { SystemStatus } from '@/modules/system/components/SystemStatus';
import { ThermometerOverview } from '@/modules/thermometer/components/ThermometerOverview';
import { ThermometerQuarterPicker } from '@/modules/thermometer/components/ThermometerQuarterPicker';
import { useThermometerQuarter } from '@/modules/thermometer/hooks/useThermometerQuarter';
import { Page } from '@/ui/Page';

export function ThermometerPage() {
  const [quarter, setQuarter] = useThermometerQuarter();
  return (
    <Page
      title="Thermometer"
      intro="Hier ziet u in één oogopslag of het sociaal domein op koers is. Per domein ziet u een kleur met de reden, de cijfers daarachter, wat het meest veranderde en het aantal klachten in de laatste acht kwartalen. U ziet alleen totalen, nooit een los geval. Zo blijft niemand herkenbaar: voor de gemeenteraad, het burgerpanel en het college passen we alle aantallen een klein beetje aan (meestal 1 of 2 hoger of lager), en heel kleine aantallen tonen we niet."
    >
      <ThermometerQuarterPicker quarter={quarter} onChange={setQuarter} />
      <ThermometerOverview quarter={quarter} />
      <SystemStatus />
    </Page>
  );
}
