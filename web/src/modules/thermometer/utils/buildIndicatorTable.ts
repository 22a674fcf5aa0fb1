import type { ThermometerQuery } from '@/generated/graphql';
import { colourLabels } from '@/modules/thermometer/utils/colourLabels';
import { describeThresholds } from '@/modules/thermometer/utils/describeThresholds';
import { derivedCell } from '@/ui/table/derivedCell';
import type { TableData } from '@/ui/table/tableData';

type Domain = ThermometerQuery['thermometer']['domains'][number];

/**
 * The indicators behind a domain's colour: the reading compared with the thresholds (a change in %
 * for complaintsTrend, a share for the others), its colour in words and the bands.
 */
export function buildIndicatorTable(domain: Domain, caption: string): TableData & { hasHidden: boolean } {
  return {
    caption,
    rowHeaderLabel: 'Indicator',
    columns: [
      { key: 'reading', label: 'Dit kwartaal' },
      { key: 'colour', label: 'Kleur' },
      { key: 'bands', label: 'Grenzen' },
    ],
    rows: domain.indicators.map((indicator) => ({
      key: indicator.indicator,
      header: indicator.label,
      cells: [
        indicator.indicator === 'complaintsTrend'
          ? derivedCell({ value: indicator.reading, suppressed: indicator.suppressed }, 'changePercentage')
          : derivedCell({ value: indicator.reading, suppressed: indicator.suppressed }, 'percent', 0.01),
        { kind: 'text', text: colourLabels[indicator.colour].label },
        { kind: 'text', text: describeThresholds(indicator) },
      ],
    })),
    hasHidden: domain.indicators.some((indicator) => indicator.suppressed),
  };
}
