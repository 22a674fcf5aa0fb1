import {
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser, RECORD_ROLES } from '../auth/role';
import { ClientsRepository } from '../clients/clients.repository';
import { MetricsRepository } from '../metrics/metrics.repository';
import { METRICS_CLOCK, MetricsClock, MetricsService } from '../metrics/metrics.service';
import { addDays, addMonths, bucketStart, isIsoDate, yearOf } from '../metrics/periods';
import { uChart } from './control-chart';
import { MeasureInput } from './dto/measure.input';
import { followUpShares } from './follow-up';
import { MEASURE_SOURCE_KINDS, MEASURE_STATUSES } from './measure.entity';
import { MeasuresRepository, MeasureRow, MeasureValues } from './measures.repository';
import { MeasureEffect, MeasureModel, RecommendationFollowUp } from './models/measure.model';

/** Months of history before the effect date, and at most after it, on the effect chart. */
export const EFFECT_MONTHS_BEFORE = 24;
export const EFFECT_MONTHS_AFTER = 24;
const TEXT_MAX_LENGTH = 2000;

export function mapMeasure(row: MeasureRow): MeasureModel {
  return {
    id: row.id,
    municipalityCode: row.municipality_code,
    title: row.title,
    description: row.description,
    themeCode: row.theme_code,
    themeLabel: row.theme_label,
    sourceKind: row.source_kind,
    sourceRef: row.source_ref,
    owner: row.owner,
    decidedOn: row.decided_on,
    effectiveOn: row.effective_on,
    expectedEffect: row.expected_effect,
    status: row.status,
    recommendationStatus: row.recommendation_status,
    pcReference: row.pc_reference,
  };
}

const unprocessable = (message: string): UnprocessableEntityException =>
  new UnprocessableEntityException(message);

function requiredText(value: string, name: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw unprocessable(`${name} is verplicht`);
  if (trimmed.length > TEXT_MAX_LENGTH) {
    throw unprocessable(`${name} is langer dan ${TEXT_MAX_LENGTH} tekens`);
  }
  return trimmed;
}

function optionalText(value: string | null | undefined, name: string): string | null {
  return value?.trim() ? requiredText(value, name) : null;
}

@Injectable()
export class MeasuresService {
  constructor(
    private readonly repository: MeasuresRepository,
    private readonly metrics: MetricsService,
    private readonly metricsRepository: MetricsRepository,
    private readonly audit: AuditService,
    @Inject(METRICS_CLOCK) private readonly clock: MetricsClock,
    private readonly clients: ClientsRepository,
  ) {}

  async list(themeCode: string | null | undefined, viewer: AuthenticatedUser): Promise<MeasureModel[]> {
    return (await this.repository.list(viewer.municipalityCode, themeCode ?? null)).map(mapMeasure);
  }

  async measure(id: string, viewer: AuthenticatedUser): Promise<MeasureModel | null> {
    if (!/^[0-9]{1,18}$/.test(id)) return null;
    const row = await this.repository.find(id, viewer.municipalityCode);
    return row ? mapMeasure(row) : null;
  }

  async create(input: MeasureInput, user: AuthenticatedUser): Promise<MeasureModel> {
    const values = await this.validate(input, user);
    const id = await this.repository.insert(values, user.id);
    await this.audit.record({ user, action: 'measure.create', entity: 'measure', entityId: id });
    return this.found(id, user);
  }

  async update(id: string, input: MeasureInput, user: AuthenticatedUser): Promise<MeasureModel> {
    const existing = await this.measure(id, user);
    if (!existing) throw new NotFoundException('maatregel niet gevonden');
    const values = await this.validate({ ...input, municipalityCode: existing.municipalityCode }, user);
    await this.repository.update(id, values);
    await this.audit.record({ user, action: 'measure.update', entity: 'measure', entityId: id });
    return this.found(id, user);
  }

  /**
   * Complaints on the measure's theme per month, per 1,000 inhabitants, on a u-chart. The counts come
   * from the metrics service for the viewer's role, so the council sees them disclosure-controlled.
   */
  async effect(measure: MeasureModel, viewer: AuthenticatedUser): Promise<MeasureEffect> {
    const { effect } = await this.chart(measure, viewer, (years) =>
      this.metricsRepository.population([measure.municipalityCode], years),
    );
    return effect;
  }

  /**
   * The same u-chart per 1,000 clients of the theme's domain (client_count, issue 18); null when the
   * theme belongs to every domain or the municipality has no client counts for the chart's years.
   */
  async effectPerClients(measure: MeasureModel, viewer: AuthenticatedUser): Promise<MeasureEffect | null> {
    const domain = await this.repository.themeDomain(measure.themeCode);
    if (!domain) return null;
    const { effect, covered } = await this.chart(measure, viewer, (years) =>
      this.clients.domainClients(measure.municipalityCode, domain, years),
    );
    return covered ? effect : null;
  }

  /** The theme's monthly counts against a yearly denominator; `covered`: some year has one. */
  private async chart(
    measure: MeasureModel,
    viewer: AuthenticatedUser,
    denominators: (years: number[]) => Promise<Map<number, number | null>>,
  ): Promise<{ effect: MeasureEffect; covered: boolean }> {
    const lastComplete = addDays(bucketStart(this.clock.today(), 'MONTH'), -1);
    const from = addMonths(bucketStart(measure.effectiveOn, 'MONTH'), -EFFECT_MONTHS_BEFORE);
    const horizon = addDays(addMonths(bucketStart(measure.effectiveOn, 'MONTH'), EFFECT_MONTHS_AFTER), -1);
    const to = horizon < lastComplete ? horizon : lastComplete;
    if (to < from) return { effect: uChart([], measure.effectiveOn), covered: false };
    const result = await this.metrics.query(
      {
        measures: ['caseCount'],
        granularity: 'MONTH',
        dateRange: { from, to },
        filters: { municipality: [measure.municipalityCode], theme: [measure.themeCode] },
      },
      viewer,
    );
    const years = [...new Set(result.totals.map((row) => yearOf(row.period ?? from)))];
    const perYear = await denominators(years);
    const series = result.totals.map((row) => {
      const period = row.period ?? from;
      const base = perYear.get(yearOf(period)) ?? null;
      return { period, count: row.values[0]?.value ?? null, exposure: base ? base / 1000 : null };
    });
    return {
      effect: uChart(series, bucketStart(measure.effectiveOn, 'MONTH')),
      covered: [...perYear.values()].some((value) => value),
    };
  }

  /** Per kind of recommendation: followed, not followed and pending, with their shares. */
  async followUp(viewer: AuthenticatedUser): Promise<RecommendationFollowUp[]> {
    const measures = await this.repository.list(viewer.municipalityCode, null);
    return (['ombudsmanaanbeveling', 'panelbevinding'] as const).map((sourceKind) => ({
      sourceKind,
      ...followUpShares(
        measures.flatMap((row) =>
          row.source_kind === sourceKind && row.recommendation_status ? [row.recommendation_status] : [],
        ),
      ),
    }));
  }

  private async found(id: string, user: AuthenticatedUser): Promise<MeasureModel> {
    const measure = await this.measure(id, user);
    if (!measure) throw new NotFoundException('maatregel niet gevonden');
    return measure;
  }

  private async validate(input: MeasureInput, user: AuthenticatedUser): Promise<MeasureValues> {
    if (!RECORD_ROLES.includes(user.role)) throw new ForbiddenException();
    const municipalityCode = user.municipalityCode ?? input.municipalityCode ?? null;
    if (!municipalityCode || !(await this.repository.municipalityExists(municipalityCode))) {
      throw unprocessable('kies een bestaande gemeente');
    }
    if (user.municipalityCode && input.municipalityCode && input.municipalityCode !== user.municipalityCode) {
      throw new ForbiddenException();
    }
    const themeId = await this.repository.themeId(input.themeCode);
    if (themeId === null) throw unprocessable('onbekend thema');
    if (!isIsoDate(input.decidedOn) || !isIsoDate(input.effectiveOn)) throw unprocessable('ongeldige datum');
    if (input.effectiveOn < input.decidedOn) throw unprocessable('de ingangsdatum ligt vóór het besluit');
    const status = input.status ?? 'besloten';
    if (!MEASURE_STATUSES.includes(status)) throw unprocessable('onbekende status');
    const sourceKind = input.sourceKind ?? null;
    if (sourceKind && !MEASURE_SOURCE_KINDS.includes(sourceKind)) throw unprocessable('onbekende herkomst');
    const sourceRef = optionalText(input.sourceRef, 'verwijzing');
    if ((sourceKind === null) !== (sourceRef === null)) {
      throw unprocessable('geef bij een herkomst ook de verwijzing (en andersom)');
    }
    const recommendationStatus = input.recommendationStatus ?? null;
    if (recommendationStatus && sourceKind !== 'ombudsmanaanbeveling' && sourceKind !== 'panelbevinding') {
      throw unprocessable('opvolging hoort alleen bij een aanbeveling van de ombudsman of het panel');
    }
    return {
      municipalityCode,
      title: requiredText(input.title, 'titel'),
      description: optionalText(input.description, 'omschrijving'),
      themeId,
      sourceKind,
      sourceRef,
      owner: requiredText(input.owner, 'eigenaar'),
      decidedOn: input.decidedOn,
      effectiveOn: input.effectiveOn,
      expectedEffect: requiredText(input.expectedEffect, 'verwacht effect'),
      status,
      recommendationStatus,
      pcReference: optionalText(input.pcReference, 'P&C-verwijzing'),
    };
  }
}
