import type { ThermometerIndicatorName } from '@/generated/graphql';
import type { MetricDefinition } from '@/ui/charts/DefinitionDisclosure';

/** Definitions and legal basis of the thermometer indicators (docs/indicators/thermometer.md). */
export const indicatorDefinitions: { readonly [I in ThermometerIndicatorName]: MetricDefinition } = {
  complaintsTrend: {
    definition:
      'Verandering in procenten van het aantal klachten per 1.000 inwoners in dit kwartaal, vergeleken met hetzelfde kwartaal vorig jaar.',
    legalBasis: null,
  },
  withinTerm: {
    definition:
      'Deel van de klachten in de eerste lijn, afgehandeld in dit kwartaal, dat binnen de termijn is afgehandeld: 6 weken, 10 weken met een klachtadviescommissie, eenmaal te verlengen met 4 weken.',
    legalBasis: 'Awb art. 9:11 en 9:14',
  },
  waitingShare: {
    definition:
      'Deel van de klachten in dit kwartaal waarvan het hoofdthema wachttijd is (of een subthema daarvan).',
    legalBasis: null,
  },
  upholdRate: {
    definition:
      'Deel van de beslissingen op bezwaar in dit kwartaal dat gegrond of deels gegrond was, van alle beslissingen.',
    legalBasis: 'Awb art. 7:11 (heroverweging) en 7:10 (beslistermijn)',
  },
};
