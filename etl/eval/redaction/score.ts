/**
 * Scores a redaction function against the labelled set in this folder (see README.md).
 *
 * The scorer only sees the redacted output, never how it was made: it aligns the output with the input
 * (the output is the input with some stretches replaced by markers such as [NAAM]) to learn which
 * characters were removed. Then:
 * - a label is recalled when every occurrence of its text in the input (as a whole word) is removed:
 *   for names every part of 3 or more letters (and every capitalised part of 2, such as "Li"), for all
 *   other kinds every letter and digit;
 * - over-redaction is the share of ordinary word tokens (not inside any labelled occurrence) of which a
 *   letter or digit was removed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PII_KINDS = [
  'name',
  'bsn',
  'email',
  'phone',
  'iban',
  'address',
  'postcode',
  'birthdate',
] as const;
export type LabelKind = (typeof PII_KINDS)[number];

export interface LabelledText {
  id: string;
  register: string;
  text: string;
  pii: { kind: LabelKind; text: string }[];
}

export interface KindScore {
  labels: number;
  recalled: number;
  recall: number;
}

export interface Miss {
  id: string;
  kind: LabelKind;
  label: string;
  context: string;
}

export interface RedactionScore {
  texts: number;
  perKind: Record<LabelKind, KindScore>;
  /** Identifiers and addresses together: every kind except name. */
  identifiers: KindScore;
  ordinaryTokens: number;
  ordinaryTokensRemoved: number;
  overRedaction: number;
  misses: Miss[];
  overRedacted: { id: string; token: string }[];
}

/** The blind evaluation set: scored in aggregate only (README.md). */
export const LABELLED_SET_PATH = join(__dirname, 'set.jsonl');
/** The blind development set: its misses may be read to improve the rules (README.md). */
export const DEV_SET_PATH = join(__dirname, 'dev.jsonl');
/** Development set for addresses (dev-addresses.jsonl, README.md): its misses may be read too. */
export const ADDRESS_DEV_SET_PATH = join(__dirname, 'dev-addresses.jsonl');

export function loadLabelledSet(path = LABELLED_SET_PATH): LabelledText[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as LabelledText);
}

const MARKER = /\[(?:BSN|E-MAIL|TELEFOON|IBAN|ADRES|NAAM|GEBOORTEDATUM|POSTCODE)\]/g;
const ALNUM = /[\p{L}\p{N}]/u;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Which input characters the redaction removed: the literal stretches of the output between markers are
 * matched to the input in order, each marker stands for at least one removed character. Returns null
 * when the output is not the input with markers put in (then the redaction changed text it kept).
 */
export function removedCharacters(input: string, output: string): boolean[] | null {
  const literals = output.split(MARKER);
  const removed = new Array<boolean>(input.length).fill(false);
  if (literals.length === 1) return output === input ? removed : null;
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Markers match lazily, so each literal is placed as early as it can be; any valid placement removes
  // the same letters unless a literal repeats text of the stretch it follows, which the check below
  // accepts as a (conservative) reading.
  const pattern = new RegExp(`^${literals.map((l) => `(${escape(l)})`).join('([\\s\\S]+?)')}$`, 'd');
  const match = pattern.exec(input);
  if (!match?.indices) return null;
  for (let group = 2; group < match.length; group += 2) {
    const span = match.indices[group];
    if (span) for (let i = span[0]; i < span[1]; i++) removed[i] = true;
  }
  return removed;
}

/** Start offsets of `needle` in `haystack` where it is a whole word (no letter or digit either side). */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if ((before === undefined || !ALNUM.test(before)) && (after === undefined || !ALNUM.test(after))) {
      found.push(at);
    }
  }
  return found;
}

function mustGo(kind: LabelKind, word: string): boolean {
  if (kind !== 'name') return true;
  const letters = word.replace(/\P{L}/gu, '');
  return letters.length >= 3 || (letters.length === 2 && /^\p{Lu}/u.test(letters));
}

function survives(kind: LabelKind, label: string, start: number, removed: boolean[]): boolean {
  for (const word of label.matchAll(WORD)) {
    if (!mustGo(kind, word[0])) continue;
    const from = start + word.index;
    for (let i = from; i < from + word[0].length; i++) if (!removed[i]) return true;
  }
  return false;
}

export function scoreRedaction(
  set: readonly LabelledText[],
  redact: (text: string) => string,
): RedactionScore {
  const perKind = Object.fromEntries(
    PII_KINDS.map((kind) => [kind, { labels: 0, recalled: 0, recall: 0 }]),
  ) as Record<LabelKind, KindScore>;
  const identifiers: KindScore = { labels: 0, recalled: 0, recall: 0 };
  const misses: Miss[] = [];
  const overRedacted: { id: string; token: string }[] = [];
  let ordinaryTokens = 0;
  let ordinaryTokensRemoved = 0;

  for (const item of set) {
    const output = redact(item.text);
    const removed = removedCharacters(item.text, output);
    if (!removed) throw new Error(`${item.id}: the redacted text is not the input with markers: ${output}`);
    const insideLabel = new Array<boolean>(item.text.length).fill(false);
    for (const label of item.pii) {
      const starts = occurrences(item.text, label.text);
      if (starts.length === 0) throw new Error(`${item.id}: label ${JSON.stringify(label.text)} not in text`);
      for (const start of starts) for (let i = 0; i < label.text.length; i++) insideLabel[start + i] = true;
      const miss = starts.find((start) => survives(label.kind, label.text, start, removed));
      const score = perKind[label.kind];
      score.labels++;
      if (label.kind !== 'name') identifiers.labels++;
      if (miss === undefined) {
        score.recalled++;
        if (label.kind !== 'name') identifiers.recalled++;
      } else {
        const context = item.text
          .slice(Math.max(0, miss - 30), miss + label.text.length + 30)
          .replace(/\s+/g, ' ');
        misses.push({ id: item.id, kind: label.kind, label: label.text, context });
      }
    }
    for (const word of item.text.matchAll(WORD)) {
      const from = word.index;
      const to = from + word[0].length;
      let inLabel = false;
      let cut = false;
      for (let i = from; i < to; i++) {
        inLabel ||= insideLabel[i] === true;
        cut ||= removed[i] === true;
      }
      if (inLabel) continue;
      ordinaryTokens++;
      if (cut) {
        ordinaryTokensRemoved++;
        overRedacted.push({ id: item.id, token: word[0] });
      }
    }
  }
  for (const score of [...Object.values(perKind), identifiers]) {
    score.recall = score.labels === 0 ? 1 : score.recalled / score.labels;
  }
  return {
    texts: set.length,
    perKind,
    identifiers,
    ordinaryTokens,
    ordinaryTokensRemoved,
    overRedaction: ordinaryTokens === 0 ? 0 : ordinaryTokensRemoved / ordinaryTokens,
    misses,
    overRedacted,
  };
}

const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;

/** The score as a small table, for the benchmark and the command line. */
export function formatScore(score: RedactionScore, title = 'labelled texts'): string {
  const rows = [
    ...PII_KINDS.map((kind) => {
      const s = score.perKind[kind];
      return `${kind.padEnd(22)} ${String(s.recalled).padStart(5)} / ${String(s.labels).padEnd(5)} ${percent(s.recall)}`;
    }),
    `${'identifiers+addresses'.padEnd(22)} ${String(score.identifiers.recalled).padStart(5)} / ${String(
      score.identifiers.labels,
    ).padEnd(5)} ${percent(score.identifiers.recall)}`,
    `${'over-redaction'.padEnd(22)} ${String(score.ordinaryTokensRemoved).padStart(5)} / ${String(
      score.ordinaryTokens,
    ).padEnd(5)} ${percent(score.overRedaction)} of ordinary word tokens`,
  ];
  return [`Redaction on ${score.texts} ${title} (recall per kind)`, ...rows].join('\n');
}
