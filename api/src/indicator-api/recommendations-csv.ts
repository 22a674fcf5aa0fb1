import { RecommendationFollowUp } from '../measures/models/measure.model';
import { CsvColumn, csvColumns, csvTable } from './csv-columns';
import { IndicatorParamError, QueryValue } from './indicator-api.params';

/** The file name (without .csv), the GraphQL query's name. */
export const RECOMMENDATIONS_FILE = 'recommendationFollowUp';

/** GraphQL `recommendationFollowUp` takes no arguments: any parameter is refused. */
export function parseRecommendationsQuery(query: Record<string, QueryValue>): void {
  const params = Object.keys(query);
  if (params.length > 0) {
    throw new IndicatorParamError(
      `Onbekende parameter: ${params.join(', ')}. Dit bestand heeft geen parameters.`,
    );
  }
}

const column = csvColumns<RecommendationFollowUp>();
export const RECOMMENDATION_COLUMNS: readonly CsvColumn<RecommendationFollowUp>[] = [
  column.text('indicator', 'de naam van het bestand: recommendationFollowUp', () => RECOMMENDATIONS_FILE),
  column.text(
    'herkomst',
    'ombudsmanaanbeveling of panelbevinding (de herkomst van de maatregel in het register)',
    (line) => line.sourceKind,
  ),
  column.number(
    'aanbevelingen',
    'aanbevelingen in het maatregelenregister met een status',
    (line) => line.total,
  ),
  column.number('opgevolgd', 'daarvan opgevolgd', (line) => line.followed),
  column.number('niet_opgevolgd', 'daarvan niet opgevolgd', (line) => line.notFollowed),
  column.number('in_afwachting', 'daarvan nog in afwachting', (line) => line.pending),
  column.number(
    'percentage_opgevolgd',
    'opgevolgd ÷ aanbevelingen × 100 (één decimaal)',
    (line) => line.followedShare,
  ),
  column.number(
    'percentage_niet_opgevolgd',
    'niet_opgevolgd ÷ aanbevelingen × 100',
    (line) => line.notFollowedShare,
  ),
  column.number(
    'percentage_in_afwachting',
    'in_afwachting ÷ aanbevelingen × 100',
    (line) => line.pendingShare,
  ),
  column.number(
    'percentage_opgevolgd_van_besloten',
    'opgevolgd ÷ (opgevolgd + niet_opgevolgd) × 100: aanbevelingen in afwachting tellen nog niet mee',
    (line) => line.followedOfDecided,
  ),
];

/**
 * The follow-up of ombudsman recommendations and panel findings as CSV: one line per origin, as GraphQL
 * `recommendationFollowUp` (the whole register of the user's municipality, no period: policy decisions,
 * not personal data, so no disclosure control, as in GraphQL).
 */
export function recommendationsCsv(followUp: readonly RecommendationFollowUp[]): string {
  return csvTable(RECOMMENDATION_COLUMNS, followUp);
}
