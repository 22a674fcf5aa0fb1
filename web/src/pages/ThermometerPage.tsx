import { SystemStatus } from '@/modules/system/components/SystemStatus';
import { ThermometerOverview } from '@/modules/thermometer/components/ThermometerOverview';
import { ThermometerQuarterPicker } from '@/modules/thermometer/components/ThermometerQuarterPicker';
import { useThermometerQuarter } from '@/modules/thermometer/hooks/useThermometerQuarter';
import { SavedViewsControl } from '@/modules/savedViews/components/SavedViewsControl';
import { Page } from '@/ui/Page';

export function ThermometerPage() {
  const [quarter, setQuarter] = useThermometerQuarter();
  return (
    <Page
      title="Thermometer"
      intro="Zie in één oogopslag of het sociaal domein op koers is: per domein een kleur met de reden, wat het meest veranderde en de klachten per kwartaal. Alleen totalen, nooit een los geval. Voor de raad zijn alle aantallen iets aangepast en tonen we heel kleine aantallen niet, zodat niemand herkenbaar is."
    >
      {/* One row, so the overview still fits a laptop screen without scrolling. */}
      <div className="page-tools">
        <ThermometerQuarterPicker quarter={quarter} onChange={setQuarter} />
        <SavedViewsControl />
      </div>
      <ThermometerOverview quarter={quarter} />
      <SystemStatus />
    </Page>
  );
}
