export interface TextPart {
  text: string;
  marked: boolean;
}

/** The text cut into plain and marked parts; overlapping or out-of-range spans are clipped. */
export function splitByHighlights(
  text: string,
  spans: readonly { start: number; end: number }[],
): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(span.start, text.length));
    const end = Math.min(Math.max(span.end, start), text.length);
    if (end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
