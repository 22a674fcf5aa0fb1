import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { AuthenticatedUser } from '../auth/role';
import { FreshnessService } from '../freshness/freshness.service';
import { HandlingTimesService } from '../handling-times/handling-times.service';
import { MeasuresService } from '../measures/measures.service';
import { MetricsService } from '../metrics/metrics.service';
import { GranularityName } from '../metrics/catalog';
import { addDays, bucketOf, bucketStart, daysBetween, isIsoDate, previousPeriod } from '../metrics/periods';
import { OutcomesService } from '../outcomes/outcomes.service';
import { PanelFindingsService } from '../panel/panel-findings.service';
import { ProviderComplianceService } from '../provider-compliance/provider-compliance.service';
import { SignalsService } from '../signals/signals.service';
import { quarterOf, ThermometerService } from '../thermometer/thermometer.service';
import { ReportInput } from './dto/report.input';
import { Report } from './models/report.model';
import { dutchDate } from './report-cells';
import { panelFindingsSection } from './report-panel-section';
import {
  dataStatusSection,
  handlingSection,
  keyFiguresSection,
  measuresSection,
  outcomesSection,
  providersSection,
  SectionDraft,
  selfAssessmentSections,
  signalsSection,
  themesSection,
  thermometerSection,
} from './report-sections';
import { ReportKindName } from './report-snapshot.entity';

/** Reports are composed for the council: every figure is disclosure-controlled as for `raad`. */
export const REPORT_AUDIENCE = 'raad';
export const REPORT_TEXT_MAX_LENGTH = 5000;
/** A report spans at most this many days (three years and a leap day). */
const MAX_REPORT_DAYS = 3 * 365 + 1;

export const REPORT_KIND_LABELS: Record<ReportKindName, string> = {
  voorjaarsnota: 'Voorjaarsnota',
  bestuursrapportage: 'Bestuursrapportage',
  jaarverslag: 'Jaarverslag',
  klachtenjaarverslag: 'Klachtenjaarverslag',
};

function wholeBucket(from: string, to: string): GranularityName | null {
  for (const granularity of ['HALF_YEAR', 'YEAR'] as const) {
    const bucket = bucketOf(from, granularity);
    if (bucket.start === from && bucket.end === to) return granularity;
  }
  return null;
}

@Injectable()
export class ReportComposerService {
  constructor(
    private readonly thermometer: ThermometerService,
    private readonly metrics: MetricsService,
    private readonly handlingTimes: HandlingTimesService,
    private readonly outcomes: OutcomesService,
    private readonly signals: SignalsService,
    private readonly providers: ProviderComplianceService,
    private readonly freshness: FreshnessService,
    private readonly measures: MeasuresService,
    private readonly panel: PanelFindingsService,
  ) {}

  /** The report as the council would see it, computed now from the services of the dashboard. */
  async compose(input: ReportInput, user: AuthenticatedUser): Promise<Report> {
    const { from, to, kind } = input;
    if (!isIsoDate(from) || !isIsoDate(to) || to < from) {
      throw new UnprocessableEntityException('kies een geldige periode (van vóór tot)');
    }
    const days = daysBetween(from, to) + 1;
    if (days > MAX_REPORT_DAYS) {
      throw new UnprocessableEntityException('een rapport beslaat hoogstens drie jaar');
    }
    const council: AuthenticatedUser = {
      ...user,
      role: REPORT_AUDIENCE,
      municipalityCode: user.municipalityCode ?? input.municipalityCode ?? null,
    };
    const scope = council.municipalityCode ? [council.municipalityCode] : null;
    const dateRange = { from, to };
    // A whole half year or year is compared with the previous one; another range with as many days before it.
    const granularity = wholeBucket(from, to);
    const previous = previousPeriod({ start: from, end: to }, granularity);
    const quarter = quarterOf(bucketStart(to, 'QUARTER'));
    const lastFullQuarter =
      quarter.end <= to ? quarter : quarterOf(bucketStart(addDays(quarter.start, -1), 'QUARTER'));

    const [
      thermometer,
      keyFigures,
      themes,
      handling,
      waiting,
      outcomes,
      signals,
      providers,
      freshness,
      measures,
      followUp,
      panelFindings,
    ] = await Promise.all([
      this.thermometer.read(lastFullQuarter.label, council),
      this.metrics.query(
        {
          measures: ['caseCount', 'closedCount', 'casesPer1000Inhabitants'],
          dateRange,
          granularity,
          comparison: 'PREVIOUS_PERIOD',
          periodToDate: true,
          filters: { municipality: scope },
        },
        council,
      ),
      this.metrics.query(
        {
          measures: ['caseCount'],
          dimensions: ['theme'],
          dateRange,
          granularity,
          comparison: 'PREVIOUS_PERIOD',
          periodToDate: true,
          filters: { municipality: scope },
        },
        council,
      ),
      this.handlingTimes.handlingTimes(
        { family: 'klacht', dateRange, dimension: 'domain', filters: { municipality: scope } },
        council,
      ),
      this.handlingTimes.waitingTime(
        { dateRange, dimension: 'domain', filters: { municipality: scope } },
        council,
      ),
      this.outcomes.outcomes({ family: 'klacht', dateRange, filters: { municipality: scope } }, council),
      this.signals.signals({ from, to, limit: 200 }, council),
      this.providers.compliance({ dateRange, municipality: scope }, council),
      this.freshness.freshness({ municipality: scope }, council),
      this.measures.list(null, council),
      this.measures.followUp(council),
      this.panel.findings(null, council),
    ]);
    const effects = await Promise.all(
      measures.map(async (measure) => ({
        measure,
        effect: await this.measures.effect(measure, council),
        perClients: await this.measures.effectPerClients(measure, council),
      })),
    );

    const drafts: SectionDraft[] = [
      thermometerSection(thermometer),
      keyFiguresSection(keyFigures),
      themesSection(themes),
      handlingSection(handling, waiting),
      outcomesSection(outcomes, followUp),
      signalsSection(signals),
      measuresSection(effects),
      providersSection(providers),
      panelFindingsSection(panelFindings),
      ...(kind === 'klachtenjaarverslag' ? selfAssessmentSections() : []),
      dataStatusSection(freshness, to),
    ];
    const texts = new Map((input.texts ?? []).map((entry) => [entry.sectionId, entry.text.trim()]));
    for (const [sectionId, text] of texts) {
      if (!drafts.some((draft) => draft.id === sectionId)) {
        throw new UnprocessableEntityException(`onbekend onderdeel: ${sectionId}`);
      }
      if (text.length > REPORT_TEXT_MAX_LENGTH) {
        throw new UnprocessableEntityException(`tekst is langer dan ${REPORT_TEXT_MAX_LENGTH} tekens`);
      }
    }
    return {
      kind,
      title: `${REPORT_KIND_LABELS[kind]}: klachten en signalen sociaal domein, ${dutchDate(from)} t/m ${dutchDate(to)}`,
      periodStart: from,
      periodEnd: to,
      previousPeriodStart: previous.start,
      previousPeriodEnd: previous.end,
      audience: REPORT_AUDIENCE,
      dataAsOf: new Date().toISOString(),
      filters: [
        { label: 'Gemeente', value: council.municipalityCode ?? 'alle gemeenten' },
        { label: 'Periode', value: `${dutchDate(from)} t/m ${dutchDate(to)}` },
        { label: 'Vergeleken met', value: `${dutchDate(previous.start)} t/m ${dutchDate(previous.end)}` },
        { label: 'Thermometer', value: lastFullQuarter.label },
        {
          label: 'Afscherming',
          value: 'zoals voor de gemeenteraad: aantallen licht aangepast, kleine aantallen afgeschermd',
        },
      ],
      sections: drafts.map((draft) => ({ ...draft, text: texts.get(draft.id) || null })),
    };
  }
}
