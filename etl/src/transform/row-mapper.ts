import { createDateParser } from '../normalise/dates';
import { neutraliseFormula } from '../normalise/formula';
import { cleanString, cleanText, normaliseKey, parseBoolean, parseInteger } from '../normalise/values';
import { describePii, detectPii, redactLabel, redactText } from '../privacy/pii';
import type { Pseudonymiser } from '../privacy/pseudonym';
import type { OrganisationResolver } from '../load/organisations';
import type { ThemeCatalog } from '../load/themes';
import type { Profile } from '../profiles/profile.schema';
import { mustBeInExport, TARGET_FIELDS, type FieldType, type TargetField } from '../profiles/targets';
import { BUILT_IN_RULES, compileRules, parseRule, type Rule, type RowCheck } from './rules';

export type FieldValue = string | number | boolean | string[] | null;

/** A source row that is not loaded, with everything needed to fix it; never contains raw PII. */
export interface Rejection {
  line: number;
  column: string | null;
  value: string | null;
  reason: string;
  raw: Record<string, string>;
}

export interface MapperContext {
  pseudonymiser: Pseudonymiser;
  organisations: OrganisationResolver;
  themes: ThemeCatalog;
  /**
   * A free-text cell already redacted elsewhere (ParallelRedaction: the same redactText of the same
   * cleaned cell, on another thread); undefined: redact it here.
   */
  redactedText?: (cell: string) => string | undefined;
}

import { REJECTION_COLUMN } from '../read/source';

export { REJECTION_COLUMN };

/** Free text longer than this is stored cut off (after redaction) with a marker. */
export const MAX_TEXT_LENGTH = 100_000;
/** Ids, codes and other single-line values longer than this reject the row. */
export const MAX_VALUE_LENGTH = 1_000;
const MAX_SHOWN = 200;
const TRUNCATED = ' [ingekort]';

const INVALID = Symbol('invalid');
const MEMOISED = new Set<FieldType>(['date', 'boolean', 'code', 'codes', 'organisation', 'theme']);
type Parsed = FieldValue | typeof INVALID;

/** Field types whose cells are codes, names of organisations, dates or numbers rather than free text. */
const LABEL_TYPES: ReadonlySet<FieldType> = new Set<FieldType>([
  'date',
  'boolean',
  'integer',
  'code',
  'codes',
  'organisation',
  'theme',
]);

interface CompiledField {
  name: string;
  type: FieldType;
  /** Must be filled in every row (a `fromContract` field may stay empty, see targets.ts). */
  required: boolean;
  columns: number[];
  defaultValue: FieldValue | undefined;
  parse: (raw: string, column: number) => Parsed;
  /** Derivation from the profile (join several columns, keep a pattern's part, add a prefix). */
  join: string | undefined;
  pattern: RegExp | undefined;
  prefix: string;
}

/**
 * Remembers successful results per raw cell text: codes, dates, booleans and organisation names repeat
 * endlessly in an export, so most rows skip normalising and looking up. Failures are not cached (they
 * record their problem on every call). Bounded, so a column of unique values cannot grow it.
 */
function memo(
  parse: (raw: string, column: number) => Parsed,
  limit = 50_000,
): (raw: string, column: number) => Parsed {
  const cache = new Map<string, FieldValue>();
  return (raw, column) => {
    const hit = cache.get(raw);
    if (hit !== undefined) return hit;
    const result = parse(raw, column);
    if (result !== INVALID && column >= 0) {
      if (cache.size >= limit) cache.clear();
      cache.set(raw, result);
    }
    return result;
  };
}

function shorten(value: string): string {
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
}

/**
 * Compiles a profile against the headers of one export into a fast per-row mapper: header lookups,
 * vocabularies, date formats and defaults are resolved once; each row then costs a few closure calls.
 */
export class RowMapper {
  readonly fieldNames: string[];
  /** Problems that make the whole file unusable (missing required columns, forbidden extra columns). */
  readonly fatal: string[] = [];
  readonly warnings: string[] = [];
  readonly unknownColumns: string[] = [];
  private readonly fields: CompiledField[];
  private readonly identifierColumns = new Set<number>();
  /** Columns read by coded fields (codes, organisations, dates, numbers): their cells are labels. */
  private readonly labelColumns = new Set<number>();
  /** Columns with the source's own record numbers (profile `privacy.idColumns`): not personal data. */
  private readonly recordIdColumns = new Set<number>();
  private readonly fieldIndex = new Map<string, number>();
  private readonly checks: RowCheck[];
  private problems: { column: number; value: string | null; reason: string }[] = [];
  /** Number of text values that were cut off at MAX_TEXT_LENGTH. */
  truncatedTexts = 0;
  private readonly out: FieldValue[];

  /**
   * The headers as they may be stored, logged or shown: redacted (redactLabel), because a file without a
   * header row has a citizen's data in its first row. Column lookups use the headers as they are.
   */
  readonly headers: string[];

  constructor(
    private readonly profile: Profile,
    headers: string[],
    private readonly context: MapperContext,
    presentHeaders = headers.length,
  ) {
    this.headers = headers.map(redactLabel);
    const targetFields = TARGET_FIELDS[profile.target] as Record<string, TargetField>;
    this.fieldNames = Object.keys(targetFields);
    this.out = new Array<FieldValue>(this.fieldNames.length).fill(null);
    const headerIndex = new Map<string, number>();
    headers.forEach((header, i) => {
      if (!headerIndex.has(normaliseKey(header))) headerIndex.set(normaliseKey(header), i);
    });
    const used = new Set<number>();
    for (const column of profile.privacy.idColumns) {
      const at = headerIndex.get(normaliseKey(column));
      if (at !== undefined) this.recordIdColumns.add(at);
    }
    this.fields = this.fieldNames.map((name, i) => {
      this.fieldIndex.set(name, i);
      const field = targetFields[name] as TargetField;
      const mapping = profile.fields[name];
      const wanted =
        mapping?.column === undefined
          ? []
          : Array.isArray(mapping.column)
            ? mapping.column
            : [mapping.column];
      const columns: number[] = [];
      for (const column of wanted) {
        const at = headerIndex.get(normaliseKey(column));
        if (at !== undefined) {
          columns.push(at);
          used.add(at);
        }
      }
      const present = columns.some((at) => at < presentHeaders);
      if (mapping && wanted.length > 0 && !present) {
        const names = wanted.map((c) => `"${c}"`).join(' of ');
        if (mustBeInExport(field) && mapping.default === undefined) {
          this.fatal.push(`verplichte kolom ${names} (veld ${name}) ontbreekt in het bestand`);
        } else {
          this.warnings.push(
            `kolom ${names} (veld ${name}) ontbreekt; ${mapping.default === undefined ? 'het veld blijft leeg' : 'de vaste waarde wordt gebruikt'}`,
          );
        }
      }
      if (field.fromContract && !mapping) {
        this.warnings.push(
          `veld ${name} staat niet in het profiel: bij het laden komt het uit het contract van de aanbieder op de datum van de rij (anders wordt de rij afgewezen)`,
        );
      }
      if (field.type === 'identifier') columns.forEach((at) => this.identifierColumns.add(at));
      if (LABEL_TYPES.has(field.type)) columns.forEach((at) => this.labelColumns.add(at));
      const compiled: CompiledField = {
        name,
        type: field.type,
        required: mustBeInExport(field),
        columns,
        defaultValue: undefined,
        join: mapping?.join,
        pattern: mapping?.pattern === undefined ? undefined : new RegExp(mapping.pattern),
        prefix: mapping?.prefix ?? '',
        parse: MEMOISED.has(field.type)
          ? memo(this.compileParser(name, field, mapping?.vocabulary))
          : this.compileParser(name, field, mapping?.vocabulary),
      };
      if (mapping?.default !== undefined) {
        const parsed = compiled.parse(String(mapping.default), -1);
        compiled.defaultValue = parsed === INVALID ? null : parsed;
        // A default that does not resolve (an organisation or theme code that does not exist) is a
        // profile error for every row: fail the import instead of rejecting each row.
        this.fatal.push(...this.problems.map((problem) => problem.reason));
        this.problems = [];
      }
      return compiled;
    });
    const ignored = new Set(
      [
        ...profile.ignoreColumns,
        ...profile.privacy.idColumns,
        REJECTION_COLUMN,
        ...(profile.group ? [profile.group.by] : []),
      ].map(normaliseKey),
    );
    this.headers.slice(0, presentHeaders).forEach((header, i) => {
      if (!used.has(i) && !ignored.has(normaliseKey(header))) this.unknownColumns.push(header);
    });
    if (this.unknownColumns.length > 0) {
      const list = this.unknownColumns.map((c) => `"${c}"`).join(', ');
      if (profile.unknownColumns === 'reject') {
        this.fatal.push(
          `onbekende kolommen ${list}: het profiel staat geen extra kolommen toe (unknownColumns: reject)`,
        );
      } else {
        this.warnings.push(`kolommen die niet in het profiel staan zijn genegeerd: ${list}`);
      }
    }
    const rules = [
      ...BUILT_IN_RULES[profile.target],
      ...profile.rules
        .map((text) => parseRule(text, this.fieldNames))
        .filter((rule): rule is Rule => typeof rule !== 'string'),
    ];
    this.checks = compileRules(rules, (field) => this.fieldIndex.get(field));
  }

  /** Position of a canonical field in the arrays `map` returns. */
  index(field: string): number {
    const at = this.fieldIndex.get(field);
    if (at === undefined) throw new Error(`Unknown field ${field} for target ${this.profile.target}`);
    return at;
  }

  /** The columns free-text fields read (their cells are redacted). */
  textColumns(): number[] {
    return [
      ...new Set(this.fields.filter((field) => field.type === 'text').flatMap((field) => field.columns)),
    ];
  }

  /** The type of a canonical field. */
  typeOf(field: string): FieldType {
    return (this.fields[this.index(field)] as CompiledField).type;
  }

  /** Whether a column holds the source's own record ids (profile `privacy.idColumns`). */
  isRecordId(column: number): boolean {
    return this.recordIdColumns.has(column);
  }

  /** The header of the column a field reads first (for messages), or the field name. */
  columnOf(field: string): string {
    const column = this.fields[this.index(field)]?.columns[0];
    return column === undefined ? field : (this.headers[column] ?? field);
  }

  /**
   * A cell as it may be stored or shown: identifiers pseudonymised, cells of coded columns redacted as
   * labels (so a rejected row can be fixed and imported again), everything else redacted as free text.
   */
  sanitise(column: number, value: string): string {
    if (value === '') return '';
    if (this.recordIdColumns.has(column)) return value;
    if (this.identifierColumns.has(column)) return this.context.pseudonymiser.display(value);
    const redacted = this.labelColumns.has(column) ? redactLabel(value) : redactText(value);
    return redacted.length > MAX_TEXT_LENGTH ? redacted.slice(0, MAX_TEXT_LENGTH) + TRUNCATED : redacted;
  }

  /** The whole source row as header -> sanitised value (rejected_row.raw). */
  sanitiseRow(values: string[]): Record<string, string> {
    const raw: Record<string, string> = {};
    this.headers.forEach((header, i) => {
      const value = values[i] ?? '';
      raw[header] = this.sanitise(i, value);
    });
    return raw;
  }

  private fail(column: number, reason: string, rawValue: string | null): typeof INVALID {
    this.problems.push({ column, value: rawValue, reason });
    return INVALID;
  }

  private label(name: string, column: number): string {
    return column >= 0
      ? `kolom "${this.headers[column] ?? name}" (veld ${name})`
      : `vaste waarde van veld ${name}`;
  }

  /** A reason that shows the value: redacted, shortened, or only the kind of personal data found. */
  private invalid(name: string, column: number, raw: string, what: string, why = ''): typeof INVALID {
    const pii = this.recordIdColumns.has(column) ? null : detectPii(raw);
    if (pii) {
      return this.fail(
        column,
        `${this.label(name, column)} bevat ${describePii(pii)}; dat hoort daar niet en wordt niet opgeslagen. Verwijder het en importeer de rij opnieuw`,
        raw,
      );
    }
    const shown = shorten(this.sanitise(column, raw));
    return this.fail(column, `${this.label(name, column)}: ${what} "${shown}"${why ? `: ${why}` : ''}`, raw);
  }

  private compileParser(
    name: string,
    field: TargetField,
    vocabularyName: string | undefined,
  ): CompiledField['parse'] {
    const profile = this.profile;
    const vocabulary = new Map<string, string>();
    let fallback: string | undefined;
    if (vocabularyName) {
      for (const [key, value] of Object.entries(profile.vocabularies[vocabularyName] ?? {})) {
        if (key.trim() === '*') fallback = value;
        else vocabulary.set(normaliseKey(key), value);
      }
    }
    const lookup = (raw: string): string | undefined => vocabulary.get(normaliseKey(raw)) ?? fallback;
    const vocabularyHint = vocabularyName
      ? `; voeg de waarde toe aan vocabulaire "${vocabularyName}" in het profiel (of vertaal "*" naar een vaste code)`
      : '';
    if (vocabularyName && (field.type === 'string' || field.type === 'integer' || field.type === 'date')) {
      // A lookup table: the looked-up value is parsed like a value from the export.
      const parse = this.compileParser(name, field, undefined);
      return (raw, column) => {
        if (column < 0) return parse(raw, column);
        const found = lookup(raw);
        if (found === undefined) {
          return this.invalid(name, column, raw.trim(), 'onbekende waarde', vocabularyHint.slice(2));
        }
        return found === '' ? null : parse(found, -1);
      };
    }
    switch (field.type) {
      case 'string':
        return (raw, column) => {
          const value = cleanString(raw);
          if (value === '') return null;
          if (value.length > MAX_VALUE_LENGTH) {
            return this.fail(
              column,
              `${this.label(name, column)}: waarde is te lang (${value.length} tekens, maximaal ${MAX_VALUE_LENGTH})`,
              null,
            );
          }
          if (!this.recordIdColumns.has(column) && detectPii(value)) {
            return this.invalid(name, column, value, '');
          }
          return value;
        };
      case 'text':
        return (raw) => {
          const value = cleanText(raw);
          if (value === '') return null;
          let redacted = this.context.redactedText?.(raw) ?? redactText(value);
          if (redacted.length > MAX_TEXT_LENGTH) {
            redacted = redacted.slice(0, MAX_TEXT_LENGTH) + TRUNCATED;
            this.truncatedTexts++;
          }
          return neutraliseFormula(redacted);
        };
      case 'identifier':
        return (raw) => this.context.pseudonymiser.pseudonymise(raw);
      case 'date': {
        const parse = createDateParser(profile.dateFormats);
        return (raw, column) => {
          const result = parse(raw);
          if (result.ok) return result.iso;
          return this.invalid(name, column, raw.trim(), 'ongeldige datum', result.reason);
        };
      }
      case 'boolean':
        return (raw, column) => {
          const mapped = vocabularyName ? (lookup(raw) ?? raw) : raw;
          const value = parseBoolean(mapped);
          if (value === undefined) return this.invalid(name, column, raw.trim(), 'geen ja/nee-waarde');
          return value;
        };
      case 'integer':
        return (raw, column) => {
          const trimmed = raw.trim();
          const value = parseInteger(trimmed);
          if (value === undefined) return this.invalid(name, column, trimmed, 'geen geheel getal');
          if (trimmed.length >= 8 && !this.recordIdColumns.has(column) && detectPii(trimmed)) {
            return this.invalid(name, column, trimmed, '');
          }
          if (field.min !== undefined && value < field.min) {
            return this.fail(
              column,
              `${this.label(name, column)}: ${value} is kleiner dan ${field.min}`,
              trimmed,
            );
          }
          return value;
        };
      case 'code':
        return (raw, column) => {
          const code = column < 0 ? raw : lookup(raw);
          if (code === undefined) {
            return this.invalid(name, column, raw.trim(), 'onbekende waarde', vocabularyHint.slice(2));
          }
          return code === '' ? null : code;
        };
      case 'codes':
        return (raw, column) => {
          const out: string[] = [];
          for (const part of raw.split(profile.listSeparator)) {
            if (part.trim() === '') continue;
            const code = column < 0 ? part.trim() : lookup(part);
            if (code === undefined) {
              return this.invalid(name, column, part.trim(), 'onbekende waarde', vocabularyHint.slice(2));
            }
            if (code !== '' && !out.includes(code)) out.push(code);
          }
          return out;
        };
      case 'organisation': {
        const organisations = this.context.organisations;
        return (raw, column) => {
          const value = cleanString(raw);
          if (value === '') return null;
          const mapped = vocabularyName ? lookup(value) : undefined;
          const found =
            organisations.find(mapped ?? value) ?? (mapped ? organisations.find(value) : undefined);
          if (found !== undefined) return found;
          const pii = detectPii(value);
          if (pii || value.length > MAX_VALUE_LENGTH) {
            return this.invalid(name, column, value, 'onbekende organisatie');
          }
          if (organisations.createKind) return organisations.provisional(value, mapped);
          return this.invalid(
            name,
            column,
            value,
            'onbekende organisatie',
            'voeg haar toe aan de organisaties, vertaal haar in een vocabulaire, of zet createOrganisations in het profiel',
          );
        };
      }
      case 'theme': {
        const themes = this.context.themes;
        return (raw, column) => {
          const value = cleanString(raw);
          if (value === '') return null;
          if (vocabularyName) {
            const code = lookup(value);
            if (code === undefined) {
              return this.invalid(name, column, value, 'onbekend thema', vocabularyHint.slice(2));
            }
            if (code === '' || code === 'onbekend') return null;
            const id = themes.idOfCode(code);
            if (id === undefined) {
              return this.fail(column, `${this.label(name, column)}: themacode "${code}" bestaat niet`, null);
            }
            return id;
          }
          const id = themes.idOfCodeOrLabel(value);
          if (id === undefined) {
            return this.invalid(
              name,
              column,
              value,
              'onbekend thema',
              'gebruik een themacode of geef een vocabulaire',
            );
          }
          return id;
        };
      }
    }
  }

  /**
   * Maps one source row to canonical values (in `fieldNames` order), or explains why it is rejected.
   * Every problem of the row is reported, not just the first. The returned array is reused by the
   * next call: consume it before mapping the next row.
   */
  map(values: string[], line: number): FieldValue[] | Rejection {
    const out = this.out;
    const fields = this.fields;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f] as CompiledField;
      let raw = '';
      let column = -1;
      const columns = field.columns;
      for (let c = 0; c < columns.length; c++) {
        const at = columns[c] as number;
        const candidate = values[at];
        if (
          candidate !== undefined &&
          candidate.length > 0 &&
          (candidate.charCodeAt(0) > 32 || candidate.trim() !== '')
        ) {
          if (column >= 0) raw += `${field.join}${candidate.trim()}`;
          else {
            raw = field.join === undefined ? candidate : candidate.trim();
            column = at;
          }
          if (field.join === undefined) break;
        }
      }
      if (column >= 0 && (field.pattern !== undefined || field.prefix !== '')) {
        raw = this.derive(field, raw, column);
        if (raw === '') column = -1;
      }
      if (column < 0) {
        if (field.defaultValue !== undefined) out[f] = field.defaultValue;
        else if (field.required) {
          const at = columns[0] ?? -1;
          this.problems.push({
            column: at,
            value: null,
            reason: `${this.label(field.name, at)}: verplicht veld is leeg`,
          });
          out[f] = null;
        } else out[f] = null;
        continue;
      }
      const parsed = field.parse(raw, column);
      out[f] = parsed === INVALID ? null : parsed;
    }
    for (const check of this.checks) {
      const problem = check.test(out);
      if (problem !== null) {
        this.problems.push({ column: fields[check.field]?.columns[0] ?? -1, value: null, reason: problem });
      }
    }
    if (this.problems.length === 0) return out;
    return this.reject(values, line);
  }

  /** The part of a value the profile's pattern keeps, with its prefix; '' (and a problem) when it does not match. */
  private derive(field: CompiledField, raw: string, column: number): string {
    let value = raw.trim();
    if (field.pattern !== undefined) {
      const match = field.pattern.exec(value);
      if (!match) {
        this.problems.push({
          column,
          value: raw,
          reason: `${this.label(field.name, column)}: "${shorten(this.sanitise(column, value))}" past niet bij het patroon ${field.pattern.source}`,
        });
        return '';
      }
      value = (match[1] ?? match[0]).trim();
    }
    return value === '' ? '' : field.prefix + value;
  }

  /** Rejects a row for a reason found outside the mapper (e.g. a duplicate id). */
  rejection(values: string[], line: number, column: number, reason: string): Rejection {
    this.problems = [{ column, value: column >= 0 ? (values[column] ?? '') : null, reason }];
    return this.reject(values, line);
  }

  private reject(values: string[], line: number): Rejection {
    const problems = this.problems;
    this.problems = [];
    const first = problems[0];
    const column = first && first.column >= 0 ? first.column : -1;
    const rawValue = column >= 0 ? (values[column] ?? '') : null;
    return {
      line,
      column: column >= 0 ? (this.headers[column] ?? null) : null,
      value: rawValue === null ? null : shorten(this.sanitise(column, rawValue)),
      reason: problems.map((p) => p.reason).join('; '),
      raw: this.sanitiseRow(values),
    };
  }
}
