import type { RawFeature } from './features';
import type { Token } from './text';

/** A span of the original text that weighed for the suggestion, for a <mark>. */
export interface Highlight {
  start: number;
  end: number;
  text: string;
  /** Share of the suggestion's positive weight carried by this span, in (0, 1]. */
  weight: number;
}

export interface Explanation {
  /** The words as written in the text, strongest first. */
  evidence: string[];
  highlights: Highlight[];
}

const MAX_EVIDENCE = 5;

/**
 * Turns per-feature contributions (weight x value for the chosen theme) into the words of the text that
 * carried them: each feature's contribution is shared by the words it came from; the strongest words
 * become the evidence and their spans the highlights (in text order).
 */
export function explain(
  text: string,
  tokens: Token[],
  features: Map<string, RawFeature>,
  contributions: Map<string, number>,
): Explanation {
  const perToken = new Map<number, number>();
  for (const [name, contribution] of contributions) {
    const feature = features.get(name);
    if (!feature || contribution <= 0 || feature.tokens.length === 0) continue;
    const share = contribution / feature.tokens.length;
    for (const token of feature.tokens) perToken.set(token, (perToken.get(token) ?? 0) + share);
  }
  const ranked = [...perToken.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_EVIDENCE);
  const total = ranked.reduce((sum, [, value]) => sum + value, 0) || 1;
  const highlights = ranked
    .map(([index, value]): Highlight | null => {
      const token = tokens[index];
      if (!token) return null;
      return {
        start: token.start,
        end: token.end,
        text: text.slice(token.start, token.end),
        weight: value / total,
      };
    })
    .filter((highlight): highlight is Highlight => highlight !== null);
  return {
    evidence: [...new Set(highlights.map((highlight) => highlight.text))],
    highlights: [...highlights].sort((a, b) => a.start - b.start),
  };
}
