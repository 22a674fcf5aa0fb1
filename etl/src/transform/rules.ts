import type { FieldValue } from './row-mapper';
import type { Target } from '../profiles/targets';

/**
 * Checks between two fields of one row (`later >= earlier`, `part <= total`). Each target has built-in
 * rules the database would enforce or that every export must meet; a profile adds its own in `rules`.
 * A rule only applies when both values are present.
 */
type Operator = '<=' | '<' | '>=' | '>' | '=' | '!=';

export interface Rule {
  left: string;
  operator: Operator;
  right: string;
  /** Why the row is rejected when the rule fails (Dutch, shown to the administrator). */
  message: string;
}

const OPERATORS: Record<Operator, (a: number | string, b: number | string) => boolean> = {
  '<=': (a, b) => a <= b,
  '<': (a, b) => a < b,
  '>=': (a, b) => a >= b,
  '>': (a, b) => a > b,
  '=': (a, b) => a === b,
  '!=': (a, b) => a !== b,
};

const OPERATOR_WORDS: Record<Operator, string> = {
  '<=': 'niet groter dan',
  '<': 'kleiner dan',
  '>=': 'niet kleiner dan',
  '>': 'groter dan',
  '=': 'gelijk aan',
  '!=': 'anders dan',
};

export const BUILT_IN_RULES: Record<Target, Rule[]> = {
  case_record: [
    {
      left: 'closed_on',
      operator: '>=',
      right: 'received_on',
      message: 'de afsluitdatum ligt vóór de ontvangstdatum',
    },
  ],
  objection_decision: [
    {
      left: 'decided_on',
      operator: '>=',
      right: 'objection_received_on',
      message: 'de beslisdatum ligt vóór de ontvangst van het bezwaar',
    },
  ],
  contract: [
    {
      left: 'ends_on',
      operator: '>=',
      right: 'starts_on',
      message: 'het contract eindigt vóór het begint',
    },
  ],
  client_count: [],
  provider_report: [
    {
      left: 'period_end',
      operator: '>',
      right: 'period_start',
      message: 'het einde van de periode ligt niet na het begin',
    },
    {
      left: 'upheld_count',
      operator: '<=',
      right: 'complaint_count',
      message: 'er zijn meer gegronde klachten dan klachten',
    },
    {
      left: 'resolved_count',
      operator: '<=',
      right: 'complaint_count',
      message: 'er zijn meer opgeloste klachten dan klachten',
    },
  ],
};

const RULE = /^\s*([a-z_]+)\s*(<=|>=|!=|<|>|=)\s*([a-z_]+)\s*$/;

/** A profile rule (`field operator field`), or why it cannot be one. */
export function parseRule(text: string, fields: readonly string[]): Rule | string {
  const match = RULE.exec(text);
  if (!match) return `"${text}" is geen regel van de vorm "veld <= veld" (operatoren: <= < >= > = !=)`;
  const [, left = '', operator = '=', right = ''] = match;
  const unknown = [left, right].filter((field) => !fields.includes(field));
  if (unknown.length > 0) return `"${text}": onbekend veld ${unknown.map((f) => `"${f}"`).join(' en ')}`;
  const op = operator as Operator;
  return { left, operator: op, right, message: `${left} moet ${OPERATOR_WORDS[op]} ${right} zijn` };
}

export interface RowCheck {
  /** Position of the rule's left field: the column a rejection points at. */
  field: number;
  /** Why the row fails the rule, or `null`. */
  test: (out: readonly FieldValue[]) => string | null;
}

/** The rules of one target and profile compiled against field positions; `null` = row passes. */
export function compileRules(rules: Rule[], index: (field: string) => number | undefined): RowCheck[] {
  return rules.flatMap((rule) => {
    const left = index(rule.left);
    const right = index(rule.right);
    if (left === undefined || right === undefined) return [];
    const test = OPERATORS[rule.operator];
    return [
      {
        field: left,
        test: (out: readonly FieldValue[]): string | null => {
          const a = out[left];
          const b = out[right];
          if (typeof a !== typeof b || (typeof a !== 'number' && typeof a !== 'string')) return null;
          return test(a, b as number | string) ? null : `${rule.message} (${String(b)} en ${String(a)})`;
        },
      },
    ];
  });
}
