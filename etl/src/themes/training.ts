import { join } from 'node:path';
import type { PoolClient } from 'pg';
import { createThemeClassifier, MODEL_THRESHOLD, type ThemeDefinition } from './classifier';
import { CORPUS_DIRECTORY, readCorpus, toTrainingExamples } from './corpus';
import { createKeywordRules } from './keyword-rules';
import { NO_THEME, ThemeModel, type TrainingExample } from './theme-model';

/**
 * How an installation's theme model learns. Training data: the shipped blind corpus (etl/eval/corpus/train),
 * the installation's records whose source gave the theme (`case_theme.assigned_by = 'bron'`) and every
 * reviewer decision in `theme_review` (counted REVIEW_WEIGHT times). One in five reviewer decisions is
 * held out; the new model and the active one are both scored on it, and the new model is stored as a
 * candidate (`theme_model.status = 'kandidaat'`) until an administrator takes it into use after seeing that
 * evaluation (activateThemeModel). The first model of an installation may be activated at once.
 */
export interface ModelScores {
  /** Held-out decisions with a theme or "geen thema" that the model got exactly right, of all. */
  accuracy: number | null;
  /** Of the held-out decisions: the share the model suggests at or above its threshold. */
  coverage: number | null;
  /** Of those suggested at or above the threshold: the share exactly right. */
  precision: number | null;
}

export interface TrainingReport {
  version: number;
  status: 'kandidaat' | 'actief';
  training: { corpus: number; bron: number; beoordeling: number };
  evaluation: {
    heldOut: number;
    candidate: ModelScores;
    active: ModelScores | null;
    activeVersion: number | null;
  };
}

/** Where a training is; reported to TrainingOptions.onProgress. */
export type TrainingPhase = 'gegevens' | 'trainen' | 'evalueren' | 'opslaan';

export interface TrainingOptions {
  trainedBy: string;
  /** Suggestions at or above it become the record's theme (default MODEL_THRESHOLD). */
  threshold?: number;
  onProgress?: (phase: TrainingPhase) => void;
  /** Directory with the base corpus (JSONL); default the shipped training split. */
  corpusDirectory?: string;
  /** Take the new model into use at once (first model, or scheduled retraining by choice). */
  activate?: boolean;
  /** At most this many source-labelled records (newest first) join the training data. */
  maxSourceRecords?: number;
}

/** A reviewer's decision weighs as much as this many corpus texts. */
export const REVIEW_WEIGHT = 3;
const HELD_OUT_EVERY = 5;

interface LabelledText {
  caseId: string;
  text: string;
  domain: string | null;
  themeCode: string;
}

export async function loadThemeDefinitions(client: PoolClient): Promise<ThemeDefinition[]> {
  const { rows } = await client.query<ThemeDefinition>(
    `SELECT t.code, t.keywords, t.domain_code AS "domainCode", p.code AS "parentCode"
     FROM theme t LEFT JOIN theme p ON p.id = t.parent_id WHERE t.active ORDER BY t.sort_order, t.id`,
  );
  return rows;
}

export async function trainThemeModel(client: PoolClient, options: TrainingOptions): Promise<TrainingReport> {
  const progress = async (phase: TrainingPhase): Promise<void> => {
    options.onProgress?.(phase);
    // Training itself is synchronous: give waiting I/O (a progress request) its turn between phases.
    await new Promise((resolve) => setImmediate(resolve));
  };
  const threshold = options.threshold ?? MODEL_THRESHOLD;
  await progress('gegevens');
  const themes = await loadThemeDefinitions(client);
  const corpus = toTrainingExamples(readCorpus(options.corpusDirectory ?? join(CORPUS_DIRECTORY, 'train')));
  const fromSource = await sourceLabelled(client, options.maxSourceRecords ?? 20_000);
  const reviewed = await reviewerDecisions(client);
  const heldOut = reviewed.filter((_, index) => index % HELD_OUT_EVERY === HELD_OUT_EVERY - 1);
  const learnedFrom = reviewed.filter((_, index) => index % HELD_OUT_EVERY !== HELD_OUT_EVERY - 1);
  const examples: TrainingExample[] = [
    ...corpus,
    ...fromSource.map((row) => ({ text: row.text, themeCode: row.themeCode })),
    ...learnedFrom.map((row) => ({ text: row.text, themeCode: row.themeCode, weight: REVIEW_WEIGHT })),
  ];
  await progress('trainen');
  const model = ThemeModel.train(examples, createKeywordRules(themes));
  await progress('evalueren');
  const active = await activeModel(client);
  const evaluation = {
    heldOut: heldOut.length,
    candidate: scoreOn(heldOut, themes, model, threshold),
    active: active ? scoreOn(heldOut, themes, active.model, active.threshold) : null,
    activeVersion: active?.version ?? null,
  };
  const training = { corpus: corpus.length, bron: fromSource.length, beoordeling: learnedFrom.length };
  const status = options.activate ? 'actief' : 'kandidaat';
  await progress('opslaan');
  const { rows } = await client.query<{ version: number }>(
    `INSERT INTO theme_model (version, status, trained_by, training, evaluation, threshold, model)
     SELECT COALESCE(MAX(version), 0) + 1, 'kandidaat', $1, $2, $3, $4, $5 FROM theme_model
     RETURNING version`,
    [options.trainedBy, JSON.stringify(training), JSON.stringify(evaluation), threshold, model.serialize()],
  );
  const version = rows[0]?.version ?? 0;
  if (options.activate) await activateThemeModel(client, version, options.trainedBy);
  return { version, status, training, evaluation };
}

/** Takes a trained model into use: the next import classifies with it; the previous one is kept. */
export async function activateThemeModel(client: PoolClient, version: number, by: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(`UPDATE theme_model SET status = 'vervangen' WHERE status = 'actief'`);
    const { rowCount } = await client.query(
      `UPDATE theme_model SET status = 'actief', activated_at = now(), activated_by = $2 WHERE version = $1`,
      [version, by],
    );
    if (rowCount !== 1) throw new Error(`Themamodel versie ${version} bestaat niet`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

async function activeModel(
  client: PoolClient,
): Promise<{ version: number; threshold: number; model: ThemeModel } | null> {
  const { rows } = await client.query<{ version: number; threshold: string; model: Buffer }>(
    `SELECT version, threshold, model FROM theme_model WHERE status = 'actief'`,
  );
  const row = rows[0];
  return row
    ? { version: row.version, threshold: Number(row.threshold), model: ThemeModel.deserialize(row.model) }
    : null;
}

async function sourceLabelled(client: PoolClient, limit: number): Promise<LabelledText[]> {
  const { rows } = await client.query<LabelledText>(
    `SELECT c.id AS "caseId", c.text_redacted AS text, c.domain_code AS domain, t.code AS "themeCode"
     FROM case_record c
     JOIN case_theme ct ON ct.municipality_code = c.municipality_code AND ct.case_id = c.id
                       AND ct.assigned_by = 'bron' AND ct.is_primary
     JOIN theme t ON t.id = ct.theme_id AND t.active
     WHERE c.text_redacted IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM theme_review r WHERE r.municipality_code = c.municipality_code AND r.case_id = c.id)
     ORDER BY c.received_on DESC, c.id DESC LIMIT $1`,
    [limit],
  );
  return rows;
}

/** Every reviewer decision as a labelled text, in decision order (so the held-out fifth is stable). */
async function reviewerDecisions(client: PoolClient): Promise<LabelledText[]> {
  const { rows } = await client.query<LabelledText>(
    `SELECT c.id AS "caseId", c.text_redacted AS text, c.domain_code AS domain,
            COALESCE(t.code, '${NO_THEME}') AS "themeCode"
     FROM theme_review r
     JOIN case_record c ON c.municipality_code = r.municipality_code AND c.id = r.case_id
     LEFT JOIN theme t ON t.id = r.decided_theme_id
     WHERE c.text_redacted IS NOT NULL
     ORDER BY r.decided_at, r.case_id`,
  );
  return rows;
}

function scoreOn(
  rows: LabelledText[],
  themes: ThemeDefinition[],
  model: ThemeModel,
  threshold: number,
): ModelScores {
  if (rows.length === 0) return { accuracy: null, coverage: null, precision: null };
  const classifier = createThemeClassifier(themes, { model, threshold });
  let right = 0;
  let covered = 0;
  let coveredRight = 0;
  for (const row of rows) {
    const suggestion = classifier.classify(row.text, { domain: row.domain });
    const predicted = suggestion?.themeCode ?? NO_THEME;
    if (predicted === row.themeCode) right++;
    if (suggestion?.themeCode && suggestion.confidence >= threshold) {
      covered++;
      if (predicted === row.themeCode) coveredRight++;
    }
  }
  return {
    accuracy: right / rows.length,
    coverage: covered / rows.length,
    precision: covered === 0 ? null : coveredRight / covered,
  };
}
