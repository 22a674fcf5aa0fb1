// Dutch formatting for every number and date the dashboard shows. Intl formatters are costly to
// build, so each one is created once per module load and reused.

const locale = 'nl-NL';

/** Shown instead of a number when the API sends null and the value was not suppressed (no data). */
export const MISSING_VALUE = '–';

/**
 * Shown (and exported) instead of a count the API withheld by disclosure control; never 0, and never
 * "<5": the API also hides some larger counts (complementary suppression, so a small count cannot be
 * worked out from a total) and does not say which cells those are, so "<5" could be false. "×" is
 * the Dutch statistical sign for a withheld figure ("geheim"); keep it in this one constant.
 */
export const SUPPRESSED_VALUE = '×';

/** The disclosure threshold of the API (DEFAULT_DISCLOSURE_POLICY): perturbed counts of 1 up to this are hidden. */
export const SUPPRESSED_BELOW = 5;

/** What a screen reader says for a withheld cell (the sign itself is hidden from it). */
export const SUPPRESSED_CELL_LABEL = 'niet getoond, onderdrukt om herleidbaarheid te voorkomen';

/**
 * The one sentence on perturbation: the API perturbs every count for raad, panel and college
 * (docs/security.md, "cell-key perturbation"), so shares and totals built on them move a little too.
 */
export const PERTURBATION_EXPLANATION =
  'Daarvoor passen we ook alle aantallen een klein beetje aan, meestal 1 of 2 hoger of lager.';

/** Explanation next to every table, chart or export that contains a suppressed value. */
export const SUPPRESSED_EXPLANATION = `Niet getoond om privacy te beschermen. ${PERTURBATION_EXPLANATION} Aantallen van 1 tot en met ${SUPPRESSED_BELOW - 1} tonen we niet.`;

const integerFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
const signedFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const pointsFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
// Calendar dates ("2024-03-05") carry no time zone; format them in UTC so no day shifts.
const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat(locale, {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

/** 1234567 → "1.234.567"; counts are whole numbers, other values get at most one decimal. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return MISSING_VALUE;
  return Number.isInteger(value) ? integerFormat.format(value) : decimalFormat.format(value);
}

/** A ratio between 0 and 1: 0.125 → "12,5%". */
export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined) return MISSING_VALUE;
  return percentFormat.format(ratio);
}

/** A change in the unit of the value: 3 → "+3", -2.5 → "−2,5". */
export function formatSignedNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return MISSING_VALUE;
  return signedFormat.format(value);
}

/** A relative change that the API already gives in percent: 12.5 → "+12,5%". */
export function formatChangePercentage(percentage: number | null | undefined): string {
  if (percentage === null || percentage === undefined) return MISSING_VALUE;
  return `${signedFormat.format(percentage)}%`;
}

/** Change of a rate, in percentage points (not percent): 1.25 → "+1,3 procentpunt". */
export function formatPercentagePoints(points: number | null | undefined): string {
  if (points === null || points === undefined) return MISSING_VALUE;
  return `${pointsFormat.format(points)} procentpunt`;
}

/** A calendar date "2024-03-05" → "5 maart 2024". */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return MISSING_VALUE;
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? MISSING_VALUE : dateFormat.format(date);
}

/** A moment "2024-03-05T13:45:00Z" → "5 maart 2024 om 14:45", in Dutch local time. */
export function formatDateTime(isoDateTime: string | null | undefined): string {
  if (!isoDateTime) return MISSING_VALUE;
  const date = new Date(isoDateTime);
  return Number.isNaN(date.getTime()) ? MISSING_VALUE : dateTimeFormat.format(date);
}
