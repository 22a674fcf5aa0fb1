/** A stretch of personal data found in a text, and the marker that replaces it. */
export type PiiMarker = 'BSN' | 'E-MAIL' | 'TELEFOON' | 'IBAN' | 'ADRES' | 'NAAM' | 'GEBOORTEDATUM';

export interface PiiSpan {
  start: number;
  end: number;
  marker: PiiMarker;
  /** Which rule found it (names only), to explain a redaction. */
  rule?: string;
}

/** Every match of a global pattern as a span (optionally only those `accept` keeps). */
export function spansOf(
  text: string,
  pattern: RegExp,
  marker: PiiMarker,
  accept: (match: RegExpExecArray) => boolean = () => true,
): PiiSpan[] {
  const spans: PiiSpan[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    if (accept(m)) spans.push({ start: m.index, end: m.index + m[0].length, marker });
  }
  return spans;
}

/** Replaces the spans with their markers; overlapping spans become one, with the marker of the first. */
export function applySpans(text: string, spans: readonly PiiSpan[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  let current: PiiSpan | undefined;
  for (const span of sorted) {
    if (current && span.start < current.end) {
      if (span.end > current.end) current = { ...current, end: span.end };
      continue;
    }
    if (current) {
      out += `${text.slice(at, current.start)}[${current.marker}]`;
      at = current.end;
    }
    current = span;
  }
  if (current) out += `${text.slice(at, current.start)}[${current.marker}]`;
  return out + text.slice(current ? current.end : at);
}
