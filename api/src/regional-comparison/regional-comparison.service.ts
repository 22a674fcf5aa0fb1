import {
  BadRequestException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser, SUPPRESSED_ROLES } from '../auth/role';
import { snapToGrid } from '../disclosure/aggregate-grid';
import { DisclosedCount, discloseCount, DisclosurePolicy } from '../disclosure/disclosure';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import { isIsoDate, yearOf } from '../metrics/periods';
import { RegionalComparisonInput, SetRegionalParticipationInput } from './dto/regional-comparison.input';
import { buildFunnel, curveInhabitants, funnelPosition, PER_INHABITANTS } from './funnel';
import {
  RegionalComparison,
  RegionalComparisonGroup,
  RegionalComparisonRow,
  RegionalParticipant,
} from './models/regional-comparison.model';
import {
  ParticipantRow,
  RegionalComparisonRepository,
  RegionalCountRow,
} from './regional-comparison.repository';

export const ALL_COMPLAINTS = 'alle';
const ALL_COMPLAINTS_LABEL = 'Alle klachten';

interface Group {
  code: string;
  label: string;
  sortOrder: number;
  cells: Map<string, RegionalCountRow>;
}

/** Opt-in, access rules and the funnel for the regional comparison (docs/regional-comparison.md). */
@Injectable()
export class RegionalComparisonService {
  constructor(
    private readonly repository: RegionalComparisonRepository,
    private readonly audit: AuditService,
    @Inject(DISCLOSURE_POLICY) private readonly policy: DisclosurePolicy,
  ) {}

  async comparison(input: RegionalComparisonInput, viewer: AuthenticatedUser): Promise<RegionalComparison> {
    const region = await this.viewerRegion(viewer);
    const apply = SUPPRESSED_ROLES.includes(viewer.role);
    const range = apply ? snapToGrid(input.dateRange, null) : input.dateRange;
    if (!isIsoDate(range.from) || !isIsoDate(range.to) || range.from > range.to) {
      throw new BadRequestException('Kies een geldige periode: de begindatum ligt niet na de einddatum.');
    }
    const participants = await this.repository.participants(region);
    const codes = participants.map((participant) => participant.code);
    const [inhabitantRows, counts] = await Promise.all([
      this.repository.inhabitants(codes, yearOf(range.from), yearOf(range.to)),
      this.repository.counts(codes, range, input.dimension, input.domain ?? null),
    ]);
    const inhabitants = new Map(inhabitantRows.map((row) => [row.code, row.inhabitants]));
    const groups = groupCounts(counts).map((group) =>
      this.compareGroup(group, participants, inhabitants, viewer, apply),
    );
    return {
      region,
      from: range.from,
      to: range.to,
      municipalities: participants.map(mapParticipant),
      groups,
      protectedCounts: apply,
    };
  }

  /** Every municipality (or a bound beheerder's own) with its participation. */
  async participation(viewer: AuthenticatedUser): Promise<RegionalParticipant[]> {
    return (await this.repository.participation(viewer.municipalityCode)).map(mapParticipant);
  }

  async setParticipation(
    viewer: AuthenticatedUser,
    input: SetRegionalParticipationInput,
  ): Promise<RegionalParticipant> {
    const code = input.municipalityCode.toUpperCase();
    if (viewer.municipalityCode !== null && viewer.municipalityCode !== code) {
      throw new ForbiddenException(`U beheert alleen gemeente ${viewer.municipalityCode}.`);
    }
    const row = await this.repository.setParticipation(code, input.participates);
    if (!row) throw new NotFoundException(`Gemeente ${code} bestaat niet in deze installatie.`);
    await this.audit.record({
      user: viewer,
      action: 'municipality.regional_comparison',
      entity: 'municipality',
      entityId: code,
      details: { participates: input.participates },
    });
    return mapParticipant(row);
  }

  /** The viewer's region; refused when the viewer's own municipality does not take part. */
  private async viewerRegion(viewer: AuthenticatedUser): Promise<string> {
    if (viewer.municipalityCode === null) {
      throw new ForbiddenException(
        'De regionale vergelijking is er voor gebruikers van één gemeente. Uw account hoort niet bij één gemeente.',
      );
    }
    const own = await this.repository.municipality(viewer.municipalityCode);
    if (!own?.participates || !own.region) {
      throw new ForbiddenException(
        'Uw gemeente doet niet mee aan de regionale vergelijking. De beheerder kan dit aanzetten op de pagina Gemeenten.',
      );
    }
    return own.region;
  }

  private compareGroup(
    group: Group,
    participants: readonly ParticipantRow[],
    inhabitants: ReadonlyMap<string, number>,
    viewer: AuthenticatedUser,
    apply: boolean,
  ): RegionalComparisonGroup {
    const published = participants.map((participant) => {
      const cell = group.cells.get(participant.code) ?? { count: 0, keySum: 0 };
      return { participant, count: discloseCount(cell, this.policy, apply) };
    });
    // Derived figures (θ, φ, rates) come from the published counts only.
    const units = published.flatMap(({ participant, count }) => {
      const size = inhabitants.get(participant.code);
      return count.value === null || !size
        ? []
        : [{ key: participant.code, count: count.value, inhabitants: size }];
    });
    const funnel = buildFunnel(units);
    return {
      code: group.code,
      label: group.label,
      regionalRate: funnel.regionalRate,
      overdispersion: funnel.overdispersion,
      rows: published.map(({ participant, count }) =>
        comparisonRow(participant, count, inhabitants.get(participant.code) ?? null, viewer, funnel),
      ),
      curve: curveInhabitants(units.map((unit) => unit.inhabitants)).flatMap((size) => {
        const limits = funnel.limitsFor(size);
        return limits ? [{ inhabitants: size, ...limits }] : [];
      }),
    };
  }
}

function comparisonRow(
  participant: ParticipantRow,
  count: DisclosedCount,
  inhabitants: number | null,
  viewer: AuthenticatedUser,
  funnel: ReturnType<typeof buildFunnel>,
): RegionalComparisonRow {
  const rate = count.value !== null && inhabitants ? (count.value / inhabitants) * PER_INHABITANTS : null;
  const limits = inhabitants ? funnel.limitsFor(inhabitants) : null;
  return {
    municipalityCode: participant.code,
    municipalityName: participant.name,
    own: participant.code === viewer.municipalityCode,
    inhabitants,
    complaints: count.value,
    suppressed: count.suppressed,
    rate,
    limits: limits && inhabitants ? { inhabitants, ...limits } : null,
    position: rate !== null && limits ? funnelPosition(rate, limits) : null,
  };
}

/** All complaints first, then the groups in their own order. */
function groupCounts(rows: readonly RegionalCountRow[]): Group[] {
  const groups = new Map<string, Group>();
  groups.set(ALL_COMPLAINTS, {
    code: ALL_COMPLAINTS,
    label: ALL_COMPLAINTS_LABEL,
    sortOrder: -1,
    cells: new Map(),
  });
  for (const row of rows) {
    const code = row.groupCode ?? ALL_COMPLAINTS;
    const group = groups.get(code) ?? {
      code,
      label: row.groupLabel ?? code,
      sortOrder: row.sortOrder,
      cells: new Map<string, RegionalCountRow>(),
    };
    group.cells.set(row.municipalityCode, row);
    groups.set(code, group);
  }
  return [...groups.values()].sort(
    (a, b) => a.sortOrder - b.sortOrder || a.label.localeCompare(b.label, 'nl'),
  );
}

function mapParticipant(row: ParticipantRow): RegionalParticipant {
  return { code: row.code, name: row.name, region: row.region, participates: row.participates };
}
