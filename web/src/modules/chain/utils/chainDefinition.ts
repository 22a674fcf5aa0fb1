import type { MetricDefinition } from '@/ui/charts/DefinitionDisclosure';

/** docs/indicators/chain.md, in B1 Dutch. */
export const chainDefinition: MetricDefinition = {
  definition:
    'Klachten (soort klacht) met een ontvangstdatum in de periode, per plek in de keten: eerst bij de aanbieder of bij de gemeente (informeel of formeel), daarna bij de ombudsman (tweede lijn). Bezwaren tegen een besluit zijn een aparte route en staan ernaast. De escalatiegraad is het aantal klachten bij de ombudsman gedeeld door het aantal klachten bij de gemeente in dezelfde periode, maal 100.',
  legalBasis:
    'Awb hoofdstuk 9 (afdeling 9.1 interne en 9.2 externe klachtbehandeling), Wmo 2015 art. 3.2 en Jeugdwet art. 4.2.1 (klachtregeling aanbieders), Awb hoofdstuk 7 (bezwaar)',
};
