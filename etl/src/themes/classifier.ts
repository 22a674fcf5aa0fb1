import { explain, type Highlight } from './explain';
import { createKeywordRules, SUGGESTION_THRESHOLD as KEYWORD_THRESHOLD } from './keyword-rules';
import { detectLanguage, type Language } from './language';
import { NO_THEME, type ThemeModel } from './theme-model';
import { analyseText } from './text';

/**
 * The theme classifier: keyword rules and the installation's learned model together.
 *
 * 1. Language: a text that is not in one of the accepted languages (default Dutch) gets no theme.
 * 2. Reading: words, stems, denied clauses (ignored) and passing mentions (weighted down), see text.ts.
 * 3. Candidates: only themes of the record's domain and themes for every domain; a subtheme only when
 *    the model rates it above its parent (it needs evidence of its own).
 * 4. The model scores every candidate and NO_THEME, with the rules' score per theme as features; the
 *    suggestion is the theme with the highest probability, its confidence that probability. The theme
 *    family (parent + subthemes) is chosen first on their summed probability, then the member.
 * 5. Explanation: the words that weighed most for the suggestion, with their place in the text.
 * Without a model (a fresh installation before training) the rules alone decide, as before.
 */
export interface ThemeDefinition {
  code: string;
  keywords: string[];
  domainCode: string | null;
  parentCode: string | null;
}

export type SuggestionStatus = 'thema' | 'geen_thema' | 'andere_taal' | 'geen_aanwijzing';

export interface ThemeSuggestion {
  /** Null when the text is about no theme, is not in an accepted language, or nothing points anywhere. */
  themeCode: string | null;
  status: SuggestionStatus;
  /** In [0, 1]: the model's probability of the suggestion (or the rules' confidence without a model). */
  confidence: number;
  language: Language;
  /** The words that weighed most, as written in the text, strongest first. */
  evidence: string[];
  highlights: Highlight[];
  /** What the keyword rules alone would suggest (for the review queue: disagreements). */
  ruleThemeCode: string | null;
}

export interface ClassifyContext {
  /** The record's domain (wmo, jeugd, ...): themes of other domains are not candidates. */
  domain?: string | null;
  /** Themes that are never suggested for this kind of record (objections: `besluitvorming`). */
  excludedThemes?: readonly string[];
}

export interface ThemeClassifier {
  classify(text: string, context?: ClassifyContext): ThemeSuggestion | null;
  /** The confidence from which a suggestion becomes the record's theme. */
  readonly threshold: number;
}

export interface ThemeClassifierOptions {
  model?: ThemeModel | null;
  /** Suggestions at or above it become the record's theme; default the model's or the rules' own. */
  threshold?: number;
  /** Languages that get a theme (default only Dutch). */
  languages?: readonly Language[];
}

/**
 * Default: a model probability of 0.60, the lowest threshold whose precision in 5-fold cross-validation on the
 * training split is at least 0.90 (`evaluate.ts --sweep`, docs/themes.md).
 */
export const MODEL_THRESHOLD = 0.6;

export function createThemeClassifier(
  themes: ThemeDefinition[],
  options: ThemeClassifierOptions = {},
): ThemeClassifier {
  const rules = createKeywordRules(themes.map((theme) => ({ code: theme.code, keywords: theme.keywords })));
  const model = options.model ?? null;
  const languages = new Set(options.languages ?? ['nl']);
  const byCode = new Map(themes.map((theme) => [theme.code, theme]));
  const familyOf = (code: string): string => byCode.get(code)?.parentCode ?? code;
  const allowedCache = new Map<string, Uint8Array>();
  const isCandidate = (code: string, context: ClassifyContext): boolean => {
    const theme = byCode.get(code);
    if (!theme || context.excludedThemes?.includes(code)) return false;
    return !context.domain || theme.domainCode === null || theme.domainCode === context.domain;
  };
  const allowedFor = (context: ClassifyContext): Uint8Array => {
    const key = `${context.domain ?? ''}|${context.excludedThemes?.join(',') ?? ''}`;
    let allowed = allowedCache.get(key);
    if (!allowed && model) {
      allowed = Uint8Array.from(model.classes, (code) =>
        code === NO_THEME || isCandidate(code, context) ? 1 : 0,
      );
      allowedCache.set(key, allowed);
    }
    return allowed ?? new Uint8Array(0);
  };
  const probabilities = new Float64Array(model?.classes.length ?? 0);

  function classify(text: string, context: ClassifyContext = {}): ThemeSuggestion | null {
    if (!text || text.trim() === '') return null;
    // The reading's words are the ones the language is told from (the same folding): split once.
    const analysed = analyseText(text);
    const { language } = detectLanguage(
      text,
      analysed.tokens.map((token) => token.word),
    );
    const empty = { evidence: [], highlights: [], language, ruleThemeCode: null };
    if (!languages.has(language)) return { ...empty, themeCode: null, status: 'andere_taal', confidence: 0 };
    const inDomain = (code: string): boolean => isCandidate(code, context);
    // Without a model the rules' own choice is the suggestion: one scan gives both.
    const { scores: allRuleScores, suggestion: ruled } = model
      ? { scores: rules.scores(text, analysed.negated), suggestion: null }
      : rules.scoresAndSuggestion(text, analysed.negated, inDomain);
    const ruleScores = allRuleScores.filter((score) => inDomain(score.themeCode));
    const ruleThemeCode = ruleScores[0]?.themeCode ?? null;

    if (!model) {
      if (!ruled) {
        return { ...empty, ruleThemeCode, themeCode: null, status: 'geen_aanwijzing', confidence: 0 };
      }
      const matched = ruleScores[0]?.matches.flatMap((match) => match.tokens) ?? [];
      const highlights = matched.flatMap((index) => {
        const token = analysed.tokens[index];
        return token
          ? [{ start: token.start, end: token.end, text: text.slice(token.start, token.end), weight: 1 }]
          : [];
      });
      return {
        themeCode: ruled.themeCode,
        status: 'thema',
        confidence: ruled.confidence,
        language,
        evidence: ruled.evidence,
        highlights: highlights.sort((a, b) => a.start - b.start),
        ruleThemeCode,
      };
    }

    const { features, vector } = model.input(analysed, allRuleScores);
    model.regression.probabilitiesInto(vector, probabilities, allowedFor(context));
    const families = new Map<string, number>();
    let noTheme = 0;
    model.classes.forEach((code, index) => {
      const probability = probabilities[index] ?? 0;
      if (code === NO_THEME) noTheme = probability;
      else families.set(familyOf(code), (families.get(familyOf(code)) ?? 0) + probability);
    });
    let family: string | null = null;
    let familyProbability = 0;
    for (const [code, probability] of families) {
      if (probability > familyProbability) {
        family = code;
        familyProbability = probability;
      }
    }
    if (family === null || noTheme >= familyProbability) {
      return { ...empty, ruleThemeCode, themeCode: null, status: 'geen_thema', confidence: round(noTheme) };
    }
    let chosen = -1;
    model.classes.forEach((code, index) => {
      if (
        code !== NO_THEME &&
        familyOf(code) === family &&
        (chosen < 0 || (probabilities[index] ?? 0) > (probabilities[chosen] ?? 0))
      ) {
        chosen = index;
      }
    });
    const contributions = new Map<string, number>();
    for (const { feature, contribution } of model.regression.contributions(vector, chosen)) {
      const name = model.vocabulary.names[feature];
      if (name) contributions.set(name, contribution);
    }
    const explanation = explain(text, analysed.tokens, features, contributions);
    return {
      themeCode: model.classes[chosen] ?? null,
      status: 'thema',
      confidence: round(probabilities[chosen] ?? 0),
      language,
      evidence: explanation.evidence,
      highlights: explanation.highlights,
      ruleThemeCode,
    };
  }

  return { classify, threshold: options.threshold ?? (model ? MODEL_THRESHOLD : KEYWORD_THRESHOLD) };
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
