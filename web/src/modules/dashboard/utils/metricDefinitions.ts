import type { Dimension, Measure } from '@/generated/graphql';
import type { MetricDefinition } from '@/ui/charts/DefinitionDisclosure';

/**
 * Definitions and legal basis shown under "Wat betekent dit?", copied from api/src/metrics/catalog.ts
 * (the source of truth). Follow-up: a `metricCatalog` query so the web reads them from the API and
 * this copy can go; until then a change in the catalog must be copied here.
 */
export const measureDefinitions: { readonly [M in Measure]: MetricDefinition & { label: string } } = {
  caseCount: {
    label: 'Aantal klachten en signalen',
    definition:
      'Aantal dossiers (klacht, signaal, melding, hulpvraag) met een ontvangstdatum in de periode, uit alle bronnen en lijnen.',
    legalBasis: 'Awb hoofdstuk 9 (klachtbehandeling); art. 2.3.2 Wmo 2015 (melding)',
  },
  closedCount: {
    label: 'Aantal afgehandeld',
    definition:
      'Aantal dossiers met een ontvangstdatum in de periode die inmiddels zijn afgesloten (afsluitdatum bekend).',
    legalBasis: 'Awb art. 9:11 (afhandeltermijn klacht)',
  },
  casesPer1000Inhabitants: {
    label: 'Klachten en signalen per 1.000 inwoners',
    definition:
      'Aantal dossiers in de periode gedeeld door het aantal inwoners van de gemeente(n) in het jaar waarin de periode begint, maal 1.000. Niet op jaarbasis omgerekend en niet optelbaar.',
    legalBasis: null,
  },
};

export const dimensionDefinitions: Partial<{
  readonly [D in Dimension]: MetricDefinition & { label: string };
}> = {
  theme: {
    label: 'Thema',
    definition: 'Het primaire thema van het dossier uit de themaboom; "geen" als er geen thema is toegekend.',
    legalBasis: null,
  },
  domain: {
    label: 'Domein',
    definition: 'Het wettelijke domein binnen het sociaal domein (Wmo, Jeugdwet, Participatiewet, Wgs, ...).',
    legalBasis: 'Wmo 2015, Jeugdwet, Participatiewet, Wgs, Wet inburgering 2021',
  },
};
