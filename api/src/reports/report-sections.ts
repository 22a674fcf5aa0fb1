import { FreshnessResult } from '../freshness/models/freshness.model';
import { HandlingTimesResult, WaitingTimeResult } from '../handling-times/models/handling-times.model';
import { MeasureEffect, MeasureModel, RecommendationFollowUp } from '../measures/models/measure.model';
import { MetricsResult } from '../metrics/models/metrics-result.model';
import { OutcomesResult } from '../outcomes/models/outcomes.model';
import { ProviderComplianceResult } from '../provider-compliance/models/provider-compliance.model';
import { Signal } from '../signals/models/signal.model';
import { COLOUR_LABELS } from '../thermometer/thermometer.config';
import { Thermometer } from '../thermometer/models/thermometer.model';
import { ReportSection, ReportTable } from './models/report.model';
import { dutchDate, numberCell, percentCell, rateCell, row, textCell } from './report-cells';

/** Sections without the college's words; `text` is filled in when the report is composed. */
export type SectionDraft = Omit<ReportSection, 'text'>;

const TOP_THEMES = 10;

export function thermometerSection(thermometer: Thermometer): SectionDraft {
  const columns = [
    'Domein',
    'Kleur',
    ...(thermometer.domains[0]?.indicators.map((i) => i.label) ?? []),
    'Toelichting',
  ];
  return {
    id: 'thermometer',
    title: 'Thermometer',
    intro: `Per domein één kleur voor ${thermometer.period.quarter}, vergeleken met ${thermometer.period.comparisonQuarter}. De slechtste indicator bepaalt de kleur.`,
    tables: [
      {
        caption: `Thermometer ${thermometer.period.quarter}`,
        columns,
        summary: null,
        rows: thermometer.domains.map((domain) =>
          row(domain.label, [
            textCell(COLOUR_LABELS[domain.colour]),
            ...domain.indicators.map((indicator) =>
              indicator.suppressed
                ? numberCell({ value: null, suppressed: true })
                : percentCell(indicator.reading),
            ),
            textCell(domain.explanation),
          ]),
        ),
      },
    ],
  };
}

export function keyFiguresSection(metrics: MetricsResult): SectionDraft {
  const total = metrics.totals[0];
  const labels: Record<string, string> = {
    caseCount: 'Klachten en signalen',
    closedCount: 'Afgehandeld',
    casesPer1000Inhabitants: 'Per 1.000 inwoners',
  };
  return {
    id: 'kerncijfers',
    title: 'Kerncijfers',
    intro: 'De belangrijkste aantallen in deze periode, naast die van de periode ervoor (even lang).',
    tables: [
      {
        caption: 'Kerncijfers: deze periode en de vorige',
        columns: ['Indicator', 'Deze periode', 'Vorige periode', 'Verandering'],
        summary: null,
        rows: (total?.values ?? []).map((value) => {
          const rate = value.measure === 'casesPer1000Inhabitants';
          return row(labels[value.measure] ?? value.measure, [
            rate ? rateCell(value.value, value.suppressed) : numberCell(value),
            rate
              ? rateCell(value.previousValue, value.previousSuppressed)
              : numberCell({ value: value.previousValue, suppressed: value.previousSuppressed }),
            rate
              ? rateCell(value.changePercentagePoints ?? value.change)
              : percentCell(value.smallNumbers ? null : value.changePercentage),
          ]);
        }),
      },
    ],
  };
}

export function themesSection(metrics: MetricsResult): SectionDraft {
  const themes = metrics.rows
    .map((metricRow) => ({ label: metricRow.dimensions[0]?.label ?? '–', value: metricRow.values[0] }))
    .filter((entry) => entry.value !== undefined);
  const byChange = [...themes].sort(
    (a, b) =>
      (b.value?.change ?? -Infinity) - (a.value?.change ?? -Infinity) || a.label.localeCompare(b.label),
  );
  const alphabetical = [...themes].sort((a, b) => a.label.localeCompare(b.label));
  const table = (caption: string, entries: typeof themes, summary: string | null): ReportTable => ({
    caption,
    columns: ['Thema', 'Deze periode', 'Vorige periode', 'Verandering (aantal)'],
    summary,
    rows: entries.map((entry) =>
      row(entry.label, [
        numberCell(entry.value ?? null),
        numberCell({
          value: entry.value?.previousValue ?? null,
          suppressed: entry.value?.previousSuppressed ?? false,
        }),
        numberCell(entry.value?.change ?? null),
      ]),
    ),
  });
  return {
    id: 'themas',
    title: "Thema's en stijgers",
    intro: `Waarover het meest werd geklaagd, en de ${TOP_THEMES} thema's die het sterkst stegen. Alle aantallen zijn een klein beetje aangepast (hooguit 2 hoger of lager) om privacy te beschermen; kleine aantallen zijn afgeschermd.`,
    tables: [
      table(
        `Sterkste stijgers (top ${TOP_THEMES})`,
        byChange.filter((e) => (e.value?.change ?? 0) > 0).slice(0, TOP_THEMES),
        null,
      ),
      table(
        "Alle thema's",
        alphabetical,
        chartSummary('Aantal klachten en signalen per thema in deze periode', alphabetical),
      ),
    ],
  };
}

/** Alt text of a bar chart: what it shows and every bar's printed value. */
function chartSummary(
  what: string,
  entries: readonly { label: string; value: { value: number | null; suppressed: boolean } | undefined }[],
): string {
  const bars = entries.map((entry) => `${entry.label}: ${numberCell(entry.value ?? null).text}`);
  return `Staafdiagram. ${what}. ${bars.join('; ')}.`;
}

export function handlingSection(result: HandlingTimesResult, waiting: WaitingTimeResult): SectionDraft {
  const total = result.totals[0];
  return {
    id: 'afhandeling',
    title: 'Afhandeling en termijnen',
    intro: `Hoe lang de afhandeling van klachten duurde, tegen de wettelijke termijn (${result.norm.label}), en hoeveel klachten over wachten gingen.`,
    tables: [
      {
        caption: 'Afhandeltijd van klachten per domein',
        columns: [
          'Domein',
          'Afgehandeld',
          'Mediaan (dagen)',
          '90% binnen (dagen)',
          'Binnen termijn',
          'Nog open over termijn',
        ],
        summary: null,
        rows: [...result.rows, ...(total ? [{ ...total, label: 'Totaal' }] : [])].map((entry) =>
          row(entry.label ?? 'Totaal', [
            numberCell(entry.closed),
            numberCell(entry.medianDays),
            numberCell(entry.p90Days),
            percentCell(entry.withinTermPercentage),
            numberCell(entry.openBeyondTerm),
          ]),
        ),
      },
      {
        caption: 'Klachten over wachttijd per domein',
        columns: ['Domein', 'Klachten', 'Over wachttijd', 'Aandeel wachttijd'],
        summary: null,
        rows: [...waiting.rows, ...waiting.totals.map((total) => ({ ...total, label: 'Totaal' }))].map(
          (entry) =>
            row(entry.label ?? 'Totaal', [
              numberCell(entry.complaints),
              numberCell(entry.waitingTime),
              percentCell(entry.waitingTimeShare),
            ]),
        ),
      },
    ],
  };
}

export function outcomesSection(result: OutcomesResult, followUp: RecommendationFollowUp[]): SectionDraft {
  const total = result.totals[0];
  const kinds: Record<string, string> = {
    ombudsmanaanbeveling: 'Aanbevelingen ombudsman (register)',
    panelbevinding: 'Bevindingen burgerpanel (register)',
  };
  return {
    id: 'uitkomsten',
    title: 'Uitkomsten en aanbevelingen',
    intro:
      'Hoeveel klachten gegrond waren, en of aanbevelingen van de ombudsman en het burgerpanel zijn opgevolgd.',
    tables: [
      {
        caption: 'Uitkomsten van klachten',
        columns: ['Uitkomst', 'Aantal'],
        summary: null,
        rows: total
          ? [
              row('Beslist', [numberCell(total.decided)]),
              row('Gegrond of deels gegrond', [numberCell(total.upheld)]),
              row('Percentage gegrond', [percentCell(total.upholdRate)]),
              row('Aanbevelingen ombudsman gedaan', [numberCell(total.recommendationsMade)]),
              row('Aanbevelingen ombudsman opgevolgd', [numberCell(total.recommendationsFollowed)]),
              row('Aanbevelingen ombudsman niet opgevolgd', [numberCell(total.recommendationsNotFollowed)]),
            ]
          : [],
      },
      {
        caption: 'Opvolging van aanbevelingen in het maatregelenregister',
        columns: [
          'Herkomst',
          'Totaal',
          'Opgevolgd',
          'Niet opgevolgd',
          'In afwachting',
          'Opgevolgd van besliste',
        ],
        summary: null,
        rows: followUp.map((entry) =>
          row(kinds[entry.sourceKind] ?? entry.sourceKind, [
            numberCell(entry.total),
            percentCell(entry.followedShare),
            percentCell(entry.notFollowedShare),
            percentCell(entry.pendingShare),
            percentCell(entry.followedOfDecided),
          ]),
        ),
      },
    ],
  };
}

const SIGNAL_STATUS_LABELS: Record<Signal['status'], string> = {
  nieuw: 'Nieuw',
  in_behandeling: 'In behandeling',
  opgepakt: 'Opgepakt',
};

export function signalsSection(signals: Signal[]): SectionDraft {
  return {
    id: 'signalen',
    title: 'Systeemsignalen en wat ermee is gedaan',
    intro: 'Patronen die wijzen op een fout in het systeem, niet van één persoon, en hun stand van zaken.',
    tables: [
      {
        caption: 'Systeemsignalen in de periode',
        columns: ['Signaal', 'Thema of organisatie', 'Periode', 'Stand van zaken', 'Toelichting'],
        summary: null,
        rows: signals.map((signal) =>
          row(signal.ruleLabel, [
            textCell(signal.themeLabel ?? signal.organisationName ?? signal.domainCode ?? signal.law),
            textCell(`${dutchDate(signal.periodStart)} t/m ${dutchDate(signal.periodEnd)}`),
            textCell(SIGNAL_STATUS_LABELS[signal.status]),
            textCell(signal.statusNote),
          ]),
        ),
      },
    ],
  };
}

const MEASURE_STATUS_LABELS: Record<MeasureModel['status'], string> = {
  besloten: 'Besloten',
  in_uitvoering: 'In uitvoering',
  uitgevoerd: 'Uitgevoerd',
  gestopt: 'Gestopt',
};
export const VERDICT_LABELS: Record<MeasureEffect['verdict'], string> = {
  duidelijke_daling: 'Duidelijke daling',
  duidelijke_stijging: 'Duidelijke stijging',
  normale_variatie: 'Binnen normale variatie',
  te_weinig_gegevens: 'Te weinig gegevens',
};

export interface MeasureWithEffects {
  measure: MeasureModel;
  effect: MeasureEffect;
  /** Per 1,000 clients of the theme's domain, when the municipality supplies client counts. */
  perClients: MeasureEffect | null;
}

export function measuresSection(measures: readonly MeasureWithEffects[]): SectionDraft {
  return {
    id: 'maatregelen',
    title: 'Maatregelenregister',
    intro:
      'Wat er is besloten naar aanleiding van klachten, en of het aantal klachten over het thema daarna duidelijk veranderde (regelkaart per 1.000 inwoners, en per 1.000 cliënten van het domein waar de gemeente cliëntaantallen aanlevert).',
    tables: [
      {
        caption: 'Maatregelen en hun effect',
        columns: [
          'Maatregel',
          'Thema',
          'Eigenaar',
          'Ingang',
          'Status',
          'Vóór (per 1.000)',
          'Na (per 1.000)',
          'Oordeel',
          'Toelichting',
        ],
        summary: null,
        rows: measures.map(({ measure, effect }) =>
          row(measure.title, [
            textCell(measure.themeLabel),
            textCell(measure.owner),
            textCell(dutchDate(measure.effectiveOn)),
            textCell(MEASURE_STATUS_LABELS[measure.status]),
            rateCell(effect.centreLine),
            rateCell(effect.afterRate),
            textCell(VERDICT_LABELS[effect.verdict]),
            textCell(effect.explanation),
          ]),
        ),
      },
      ...perClientsTables(measures),
    ],
  };
}

/** Only when the municipality supplies client counts for at least one measure's domain. */
function perClientsTables(measures: readonly MeasureWithEffects[]): ReportTable[] {
  const rows = measures.flatMap(({ measure, perClients }) =>
    perClients
      ? [
          row(measure.title, [
            rateCell(perClients.centreLine),
            rateCell(perClients.afterRate),
            textCell(VERDICT_LABELS[perClients.verdict]),
          ]),
        ]
      : [],
  );
  if (rows.length === 0) return [];
  return [
    {
      caption: 'Effect per 1.000 cliënten van het domein',
      columns: ['Maatregel', 'Vóór (per 1.000 cliënten)', 'Na (per 1.000 cliënten)', 'Oordeel'],
      summary: null,
      rows,
    },
  ];
}

export function providersSection(result: ProviderComplianceResult): SectionDraft {
  return {
    id: 'aanbieders',
    title: 'Rapportage door aanbieders',
    intro: 'Of aanbieders hun halfjaarlijkse klachtenrapportage op tijd aan de gemeente stuurden.',
    tables: [
      {
        caption: 'Rapportages per halfjaar',
        columns: ['Halfjaar', 'Verplicht', 'Op tijd', 'Te laat', 'Ontbreekt', 'Op tijd (%)'],
        summary: null,
        rows: result.halfYears.map((half) =>
          row(`${dutchDate(half.periodStart)} t/m ${dutchDate(half.periodEnd)}`, [
            numberCell(half.required),
            numberCell(half.onTime),
            numberCell(half.late),
            numberCell(half.missing),
            percentCell(half.onTimePercentage),
          ]),
        ),
      },
    ],
  };
}

export const GOLDEN_RULES = [
  { id: 'regel-1', title: '1. De burger treft altijd een luisterend oor' },
  { id: 'regel-2', title: '2. Geen contract zonder goede klachtregeling' },
  { id: 'regel-3', title: '3. De klachtregeling is laagdrempelig en informeel' },
  { id: 'regel-4', title: '4. Door te leren van klachten verbeteren gemeenten hun dienstverlening' },
  { id: 'klachtregeling', title: 'De klachtenregeling van de gemeente' },
] as const;

/** The annual complaints report's self-assessment: one section per golden rule, for the college's words. */
export function selfAssessmentSections(): SectionDraft[] {
  return GOLDEN_RULES.map((rule) => ({
    id: rule.id,
    title: `Zelfevaluatie: ${rule.title}`,
    intro:
      rule.id === 'klachtregeling'
        ? 'Hoe de klachtbehandeling zich verhield tot de eigen klachtenregeling van de gemeente.'
        : 'Gouden regel van de Nationale ombudsman voor klachtbehandeling in het sociaal domein.',
    tables: [],
  }));
}

export function dataStatusSection(freshness: FreshnessResult, periodEnd: string): SectionDraft {
  return {
    id: 'datastatus',
    title: 'Definities en stand van de gegevens',
    intro:
      'Een bron is definitief als haar nieuwste gegevens na het einde van de periode liggen en ze niet verouderd is; anders voorlopig. Definities: klachten en signalen tellen op ontvangstdatum; afhandeltermijn volgens Awb 9:11 (6 weken, 10 met een externe commissie, eenmaal te verlengen met 4 weken); gegrond = gegrond + deels gegrond gedeeld door beslist; elk aantal is een klein beetje aangepast (hooguit 2 hoger of lager, een aantal van 1 tot 4 wordt 0 of 5) zodat het niet tot één persoon te herleiden is; een aangepast aantal van 1 tot 4 is afgeschermd; totalen, percentages en veranderingen zijn berekend uit de aangepaste aantallen, dus onderdelen tellen niet altijd precies op tot het totaal.',
    tables: [
      {
        caption: 'Stand van de gegevens per bron',
        columns: ['Bron', 'Soort', 'Nieuwste gegevens', 'Laatste import', 'Status'],
        summary: null,
        rows: freshness.sources.map((source) =>
          row(source.organisationName, [
            textCell(source.kind),
            textCell(dutchDate(source.latestBusinessDate)),
            textCell(dutchDate(source.lastImportAt)),
            textCell(
              !source.stale && source.latestBusinessDate !== null && source.latestBusinessDate >= periodEnd
                ? 'Definitief'
                : 'Voorlopig',
            ),
          ]),
        ),
      },
    ],
  };
}
