import { dump } from 'js-yaml';
import { createDateParser } from '../normalise/dates';
import { normaliseKey } from '../normalise/values';
import { mustBeInExport, TARGET_FIELDS, type Target, type TargetField } from '../profiles/targets';

/**
 * Suggestions for a new profile from a sample export: which Leerlus field a column probably holds (by
 * its name, in Dutch or English, or by the values seen), and a draft profile to save and adjust.
 */
const NAME_HINTS: [field: string, pattern: RegExp][] = [
  [
    'external_id',
    /^(zaak|zaaknummer|nummer|kenmerk|referentie|reference|id|case|case id|complaint id|unique key|signal_id|ticket)/,
  ],
  [
    'received_on',
    /(ontvang|binnengekomen|gemeld|aangemaakt|received|created|date received|opened|datum melding)/,
  ],
  ['acknowledged_on', /(ontvangstbevestiging|bevestigd|acknowledged|sent to company)/],
  ['closed_on', /(afgehandeld|afgesloten|gesloten|closed|resolved date|decision date|beslist)/],
  ['text', /(omschrijving|toelichting|tekst|text|narrative|description|descriptor|samenvatting|summary)/],
  ['subject', /(bsn|burgerservicenummer|klantnummer|cliënt|client|e-?mail|reporter)/],
  [
    'subject_organisation',
    /(aanbieder|organisatie|zorgaanbieder|company|authority|agency|provider|afdeling|department)/,
  ],
  ['theme', /(categorie|onderwerp|thema|aard|issue|complaint type|category|sub)$/],
  ['channel', /(kanaal|binnengekomen via|channel|submitted via|source|bron)/],
  ['domain', /(wet|domein|product|domain|main)$/],
  ['outcome', /(uitkomst|oordeel|besluit|resultaat|outcome|decision|response)/],
  ['kind', /(soort|type melding|kind)/],
  ['neighbourhood_code', /(wijk|buurt|neighbourhood)/],
];

export interface ColumnSuggestion {
  column: string;
  /** Up to five different values seen (already redacted by the caller). */
  values: string[];
  field: string | null;
  /** Why this field: the column name or the values. */
  because: string | null;
}

const looksLikeDates = (values: string[]): boolean => {
  const parse = createDateParser(['dd-MM-yyyy', 'd-M-yyyy', 'MM/dd/yyyy', 'd MMMM yyyy']);
  return values.length > 0 && values.every((value) => parse(value).ok);
};

/** One suggestion per column; a field is suggested for at most one column (the first that fits). */
export function suggestFields(
  target: Target,
  columns: { column: string; values: string[] }[],
): ColumnSuggestion[] {
  const fields = TARGET_FIELDS[target] as Record<string, TargetField>;
  const taken = new Set<string>();
  return columns.map(({ column, values }) => {
    const key = normaliseKey(column);
    const byName = NAME_HINTS.find(
      ([field, pattern]) => field in fields && !taken.has(field) && pattern.test(key),
    );
    let field = byName?.[0] ?? null;
    let because = byName ? 'kolomnaam' : null;
    if (field !== null && fields[field]?.type === 'date' && values.length > 0 && !looksLikeDates(values)) {
      field = null;
      because = null;
    }
    if (field === null && looksLikeDates(values)) {
      const date = Object.entries(fields).find(([name, spec]) => spec.type === 'date' && !taken.has(name));
      field = date?.[0] ?? null;
      because = field ? 'waarden zijn datums' : null;
    }
    if (field !== null) taken.add(field);
    return { column, values, field, because };
  });
}

/** Best guess of a code for a value seen: the code itself, a code inside the value, else a fallback. */
function guessCode(value: string, codes: readonly string[]): string {
  const key = normaliseKey(value).replace(/[^a-z]/g, '');
  const exact = codes.find((code) => code.replace(/_/g, '') === key);
  if (exact) return exact;
  const inside = codes.find((code) => code.length > 3 && key.includes(code.replace(/_/g, '')));
  return inside ?? (codes.includes('onbekend') ? 'onbekend' : (codes[codes.length - 1] ?? ''));
}

/**
 * A draft profile: the suggested columns, defaults for required fields without a column, and for every
 * code field a vocabulary with the values seen mapped to a guessed code, to check before saving.
 */
export function draftProfile(
  name: string,
  target: Target,
  suggestions: ColumnSuggestion[],
  defaults: { organisation: string },
): string {
  const fields = TARGET_FIELDS[target] as Record<string, TargetField>;
  const mapped: Record<string, Record<string, string>> = {};
  const vocabularies: Record<string, Record<string, string>> = {};
  for (const suggestion of suggestions) {
    if (!suggestion.field) continue;
    const spec = fields[suggestion.field] as TargetField;
    const mapping: Record<string, string> = { column: suggestion.column };
    if (spec.codes) {
      const vocabulary = `${suggestion.field}_waarden`;
      vocabularies[vocabulary] = Object.fromEntries(
        suggestion.values.map((value) => [value, guessCode(value, spec.codes ?? [])]),
      );
      vocabularies[vocabulary]['*'] = guessCode('', spec.codes);
      mapping.vocabulary = vocabulary;
    } else if (spec.type === 'theme') {
      vocabularies.themas = {
        ...Object.fromEntries(suggestion.values.map((v) => [v, 'onbekend'])),
        '*': 'onbekend',
      };
      mapping.vocabulary = 'themas';
    }
    mapped[suggestion.field] = mapping;
  }
  for (const [field, spec] of Object.entries(fields)) {
    if (!mustBeInExport(spec) || mapped[field]) continue;
    if (spec.type === 'organisation') mapped[field] = { default: defaults.organisation };
    else if (spec.codes) mapped[field] = { default: spec.codes[0] ?? '' };
  }
  const profile = {
    name,
    label: `Concept: ${name}`,
    target,
    fields: mapped,
    vocabularies,
    ignoreColumns: suggestions.filter((s) => !s.field).map((s) => s.column),
  };
  return `# Concept uit "etl check": controleer de velden en de vertalingen in vocabularies.\n${dump(profile, { lineWidth: 120 })}`;
}
