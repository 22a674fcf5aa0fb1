import type { PoolClient } from 'pg';
import { normaliseKey } from '../normalise/values';
import { createThemeClassifier, type ThemeClassifier, type ThemeDefinition } from '../themes/classifier';
import type { Language } from '../themes/language';
import { ThemeModel } from '../themes/theme-model';

export interface ThemeAssignment {
  themeId: number;
  confidence: number;
  evidence: string[];
  /** At or above the classifier's threshold: the suggestion becomes the record's theme. */
  accepted: boolean;
  /** What the keyword rules alone suggest (a different theme sends the record to review). */
  ruleThemeId: number | null;
}

/** One text an importer has classified: the same question gives the same answer on any thread. */
export interface ThemeQuestion {
  text: string;
  domain: string | null;
  excludedThemes: readonly string[];
}

/** Everything a ThemeCatalog holds, as plain data for another thread (structured clone). */
export interface ThemeCatalogData {
  active: ThemeDefinition[];
  model: { version: number; threshold: number; bytes: Uint8Array } | null;
  byCode: [string, number][];
  byLabel: [string, number][];
  languages: readonly Language[];
}

/** The key of a question in precomputed answers (ThemeCatalog.useAnswers). */
export function themeQuestionKey(
  text: string,
  domain: string | null,
  excludedThemes: readonly string[],
): string {
  return `${domain ?? ''}\u0000${excludedThemes.join(',')}\u0000${text}`;
}

/** The theme taxonomy (table `theme`), the installation's active model and the classifier built from both. */
export class ThemeCatalog {
  private readonly byCode = new Map<string, number>();
  private readonly byLabel = new Map<string, number>();
  private classifier: ThemeClassifier | null = null;
  private languages: readonly Language[] = ['nl'];
  /** Answers computed on a staging thread for the batch being written. */
  private answers: ReadonlyMap<string, ThemeAssignment | null> | null = null;

  private constructor(
    private readonly active: ThemeDefinition[],
    private readonly model: { version: number; threshold: number; bytes: Uint8Array } | null,
  ) {}

  static async load(client: PoolClient): Promise<ThemeCatalog> {
    const { rows } = await client.query<{
      id: number;
      code: string;
      label: string;
      keywords: string[];
      active: boolean;
      domain_code: string | null;
      parent_code: string | null;
    }>(
      `SELECT t.id, t.code, t.label, t.keywords, t.active, t.domain_code, p.code AS parent_code
       FROM theme t LEFT JOIN theme p ON p.id = t.parent_id ORDER BY t.sort_order, t.id`,
    );
    const models = await client.query<{ version: number; threshold: string; model: Buffer }>(
      `SELECT version, threshold, model FROM theme_model WHERE status = 'actief'`,
    );
    const activeModel = models.rows[0];
    const catalog = new ThemeCatalog(
      rows
        .filter((row) => row.active)
        .map((row) => ({
          code: row.code,
          keywords: row.keywords,
          domainCode: row.domain_code,
          parentCode: row.parent_code,
        })),
      activeModel
        ? { version: activeModel.version, threshold: Number(activeModel.threshold), bytes: activeModel.model }
        : null,
    );
    for (const row of rows) {
      catalog.byCode.set(normaliseKey(row.code), row.id);
      if (!catalog.byLabel.has(normaliseKey(row.label))) catalog.byLabel.set(normaliseKey(row.label), row.id);
    }
    return catalog;
  }

  get data(): ThemeCatalogData {
    return {
      active: this.active,
      model: this.model,
      byCode: [...this.byCode],
      byLabel: [...this.byLabel],
      languages: this.languages,
    };
  }

  /** The catalog `data` describes (on a staging thread). */
  static fromData(data: ThemeCatalogData): ThemeCatalog {
    const catalog = new ThemeCatalog(data.active, data.model);
    data.byCode.forEach(([key, id]) => catalog.byCode.set(key, id));
    data.byLabel.forEach(([key, id]) => catalog.byLabel.set(key, id));
    catalog.languages = data.languages;
    return catalog;
  }

  /** Answers `classify` gives without computing them (keys: themeQuestionKey); null: compute every one. */
  useAnswers(answers: ReadonlyMap<string, ThemeAssignment | null> | null): void {
    this.answers = answers;
  }

  get size(): number {
    return this.byCode.size;
  }

  /** The version of the model in use, or null when the keyword rules decide alone. */
  get modelVersion(): number | null {
    return this.model?.version ?? null;
  }

  /** Languages whose texts get a theme (the profile's `theme_languages`; default Dutch only). */
  acceptLanguages(languages: readonly Language[]): void {
    this.languages = languages;
    this.classifier = null;
  }

  idOfCode(code: string): number | undefined {
    return this.byCode.get(normaliseKey(code));
  }

  /** By theme code, else by label (for sources that use the Leerlus taxonomy names). */
  idOfCodeOrLabel(value: string): number | undefined {
    const key = normaliseKey(value);
    return this.byCode.get(key) ?? this.byLabel.get(key);
  }

  /** The classifier's suggestion for a (redacted) text of a record in `domain`, or null. */
  classify(
    text: string | null,
    domain: string | null = null,
    excludedThemes: readonly string[] = [],
  ): ThemeAssignment | null {
    if (!text) return null;
    const answered = this.answers?.get(themeQuestionKey(text, domain, excludedThemes));
    if (answered !== undefined) return answered;
    this.classifier ??= createThemeClassifier(this.active, {
      model: this.model ? ThemeModel.deserialize(Buffer.from(this.model.bytes)) : null,
      threshold: this.model?.threshold,
      languages: this.languages,
    });
    const suggestion = this.classifier.classify(text, { domain, excludedThemes });
    if (!suggestion?.themeCode) return null;
    const themeId = this.idOfCode(suggestion.themeCode);
    if (themeId === undefined) return null;
    return {
      themeId,
      confidence: suggestion.confidence,
      evidence: suggestion.evidence,
      accepted: suggestion.confidence >= this.classifier.threshold,
      ruleThemeId:
        suggestion.ruleThemeCode === null ? null : (this.idOfCode(suggestion.ruleThemeCode) ?? null),
    };
  }
}
