import type { PoolClient } from 'pg';
import { normaliseKey } from '../normalise/values';
import { createThemeClassifier, SUGGESTION_THRESHOLD, type ThemeClassifier } from '../themes/classifier';

/**
 * A classifier suggestion becomes the record's theme (case_record.theme_id / objection theme) when its
 * confidence is at least this: the classifier's own SUGGESTION_THRESHOLD (0.5 = one unambiguous
 * keyword). Lower suggestions are still stored in case_theme (not primary) for review.
 */
export const THEME_CONFIDENCE_THRESHOLD = SUGGESTION_THRESHOLD;

export interface ThemeAssignment {
  themeId: number;
  confidence: number;
  evidence: string[];
}

/** The theme taxonomy (table `theme`) and the explainable classifier built from it. */
export class ThemeCatalog {
  private readonly byCode = new Map<string, number>();
  private readonly byLabel = new Map<string, number>();
  private classifier: ThemeClassifier | null = null;

  private constructor(private readonly active: { code: string; keywords: string[] }[]) {}

  static async load(client: PoolClient): Promise<ThemeCatalog> {
    const { rows } = await client.query<{
      id: number;
      code: string;
      label: string;
      keywords: string[];
      active: boolean;
    }>('SELECT id, code, label, keywords, active FROM theme ORDER BY sort_order, id');
    const catalog = new ThemeCatalog(
      rows.filter((row) => row.active).map((row) => ({ code: row.code, keywords: row.keywords })),
    );
    for (const row of rows) {
      catalog.byCode.set(normaliseKey(row.code), row.id);
      if (!catalog.byLabel.has(normaliseKey(row.label))) catalog.byLabel.set(normaliseKey(row.label), row.id);
    }
    return catalog;
  }

  get size(): number {
    return this.byCode.size;
  }

  idOfCode(code: string): number | undefined {
    return this.byCode.get(normaliseKey(code));
  }

  /** By theme code, else by label (for sources that use the Leerlus taxonomy names). */
  idOfCodeOrLabel(value: string): number | undefined {
    const key = normaliseKey(value);
    return this.byCode.get(key) ?? this.byLabel.get(key);
  }

  /** The classifier's suggestion for a (redacted) text, or null. */
  classify(text: string | null): ThemeAssignment | null {
    if (!text) return null;
    this.classifier ??= createThemeClassifier(this.active);
    const suggestion = this.classifier.classify(text);
    if (!suggestion) return null;
    const themeId = this.idOfCode(suggestion.themeCode);
    if (themeId === undefined) return null;
    return { themeId, confidence: suggestion.confidence, evidence: suggestion.evidence };
  }
}
