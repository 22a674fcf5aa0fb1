import { BadRequestException, Injectable } from '@nestjs/common';
import { type BoundaryListing, ImportUsageError } from '@leerlus/etl';
import { readFile, rm } from 'node:fs/promises';
import { AuthenticatedUser } from '../auth/role';
import { exact, rate } from '../disclosure/disclosure';
import type { UploadedFileInfo } from '../imports/imports.service';
import { MetricsService } from '../metrics/metrics.service';
import { uploadMunicipality } from '../municipalities/upload-municipality';
import { MetricRow } from '../metrics/models/metrics-result.model';
import { NeighbourhoodMapInput } from './dto/neighbourhood-map.input';
import { NeighbourhoodBoundarySet } from './models/neighbourhood-boundary-set.model';
import {
  NeighbourhoodArea,
  NeighbourhoodMap,
  NeighbourhoodMapMeasure,
  UnmappedNeighbourhood,
} from './models/neighbourhood-map.model';
import { NeighbourhoodsRepository } from './neighbourhoods.repository';

export interface BoundaryUploadResult {
  municipalityCode: string;
  wijken: number;
  buurten: number;
  skipped: number;
  crs: string;
}

interface PublishedCount {
  count: number | null;
  suppressed: boolean;
}

/** The caseCount of each metrics row by neighbourhood code, as published to the viewer. */
function countsByCode(rows: readonly MetricRow[]): Map<string, PublishedCount & { label: string }> {
  const counts = new Map<string, PublishedCount & { label: string }>();
  for (const row of rows) {
    const member = row.dimensions[0];
    const value = row.values.find((entry) => entry.measure === 'caseCount');
    if (!member || !value) continue;
    counts.set(member.code, { label: member.label, count: value.value, suppressed: value.suppressed });
  }
  return counts;
}

/** The published counts per code at each level: buurten as coded, wijken with their buurten rolled up. */
type CountsByLevel = Map<string, Map<string, PublishedCount & { label: string }>>;

/** The metrics dimension that gives a level's counts: a wijk's own cell includes its buurten. */
const LEVEL_DIMENSIONS = { wijk: 'neighbourhoodWijk', buurt: 'neighbourhood' } as const;
type Level = keyof typeof LEVEL_DIMENSIONS;

const isLevel = (level: string): level is Level => Object.hasOwn(LEVEL_DIMENSIONS, level);

/**
 * The level the map shows: where both wijken and buurten are loaded, the one whose areas hold most of
 * the published counts (a wijk counting its buurten), so the choice tells nothing a table would not.
 */
function chooseLevel(boundaries: readonly BoundaryListing[], counts: CountsByLevel): string | null {
  const matched = new Map<string, number>();
  for (const boundary of boundaries) {
    const count = counts.get(boundary.level)?.get(boundary.code)?.count ?? 0;
    matched.set(boundary.level, (matched.get(boundary.level) ?? 0) + count);
  }
  const levels = [...matched.entries()].sort((a, b) => b[1] - a[1] || (a[0] === 'wijk' ? -1 : 1));
  return levels[0]?.[0] ?? null;
}

/**
 * The neighbourhood map: the counts come from MetricsService (so the viewer's disclosure control, the
 * filter grid and the municipality scope apply exactly as on every other page); the outlines, names
 * and inhabitants from the CBS boundaries. Rates are derived from the published counts only.
 */
@Injectable()
export class NeighbourhoodsService {
  constructor(
    private readonly metrics: MetricsService,
    private readonly repository: NeighbourhoodsRepository,
  ) {}

  async map(input: NeighbourhoodMapInput, viewer: AuthenticatedUser): Promise<NeighbourhoodMap> {
    const scope = viewer.municipalityCode ? [viewer.municipalityCode] : (input.filters?.municipality ?? null);
    const boundaries = await this.repository.boundaries(scope);
    // The levels loaded (buurt as coded when none is, for the list of codes not on the map).
    const loaded = new Set(boundaries.map((boundary) => boundary.level).filter(isLevel));
    const levels: Level[] = loaded.size > 0 ? [...loaded] : ['buurt'];
    const answers = await Promise.all(
      levels.map((level) =>
        this.metrics.query(
          {
            measures: ['caseCount'],
            dimensions: [LEVEL_DIMENSIONS[level]],
            dateRange: input.dateRange,
            filters: input.filters ?? null,
            comparison: 'NONE',
          },
          viewer,
        ),
      ),
    );
    const countsByLevel: CountsByLevel = new Map(
      levels.map((level, index) => [level, countsByCode(answers[index]?.rows ?? [])]),
    );
    const level = chooseLevel(boundaries, countsByLevel);
    const countedLevel: Level = level !== null && isLevel(level) ? level : (levels[0] ?? 'buurt');
    const counts = countsByLevel.get(countedLevel) ?? new Map<string, PublishedCount & { label: string }>();
    const shown = boundaries.filter((boundary) => boundary.level === level);
    const perThousand = shown.length > 0 && shown.every((boundary) => boundary.inhabitants !== null);
    const areas = shown.map((boundary): NeighbourhoodArea => {
      // No row: nothing in the period (for raad: published as 0, rows of zeros are left out).
      const published = counts.get(boundary.code) ?? { count: 0, suppressed: false };
      const perInhabitants = rate(
        { value: published.count, suppressed: published.suppressed },
        exact(boundary.inhabitants),
        1000,
      );
      return {
        code: boundary.code,
        name: boundary.name,
        geometry: boundary.geometry,
        inhabitants: boundary.inhabitants,
        count: published.count,
        rate: perThousand ? perInhabitants.value : null,
        suppressed: published.suppressed,
      };
    });
    const onMap = new Set(shown.map((boundary) => boundary.code));
    const unmapped = [...counts.entries()]
      .filter(([code]) => !onMap.has(code))
      .map(([code, published]): UnmappedNeighbourhood => ({ code, ...published }))
      .sort((a, b) => (b.count ?? -1) - (a.count ?? -1) || a.label.localeCompare(b.label, 'nl'));
    return {
      measure: perThousand ? NeighbourhoodMapMeasure.PER_1000_INHABITANTS : NeighbourhoodMapMeasure.COUNT,
      level,
      disclosureControl: answers.some((answer) => answer.disclosureControl),
      areas,
      unmapped,
    };
  }

  async boundarySets(user: AuthenticatedUser): Promise<NeighbourhoodBoundarySet[]> {
    return this.repository.boundarySets(user.municipalityCode);
  }

  /** A boundary file uploaded in Beheer; the upload is removed whatever happens. */
  async upload(
    user: AuthenticatedUser,
    file: UploadedFileInfo | undefined,
    municipality: unknown,
  ): Promise<BoundaryUploadResult> {
    if (!file) throw new BadRequestException('Geen bestand ontvangen: stuur het bestand in het veld "file".');
    try {
      const code = uploadMunicipality(user, municipality, 'grenzen laden');
      if (code === undefined) {
        throw new BadRequestException(
          'Kies de gemeente (een CBS-code zoals GM0344) waarvan de grenzen zijn.',
        );
      }
      const text = await readFile(file.path, 'utf8');
      return await this.repository.import(code, text, file.originalname, {
        username: user.username,
        userId: user.id,
      });
    } catch (error) {
      if (error instanceof ImportUsageError) throw new BadRequestException(error.message);
      throw error;
    } finally {
      await rm(file.path, { force: true });
    }
  }
}
