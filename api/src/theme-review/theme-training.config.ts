/** Settings of theme-model training in the API (docs/themes.md, "How an installation's model learns"). */
export interface ThemeTrainingConfig {
  /** LEERLUS_THEME_RETRAIN_HOURS (default 168, weekly): hours between scheduled trainings; 0 = none. */
  retrainHours: number;
  /** LEERLUS_THEME_CORPUS_DIR: the base corpus (JSONL files); default the shipped training split. */
  corpusDirectory?: string;
}

export const THEME_TRAINING_CONFIG = Symbol('THEME_TRAINING_CONFIG');

export const DEFAULT_RETRAIN_HOURS = 168;

export function themeTrainingConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ThemeTrainingConfig {
  const hours = Number(env.LEERLUS_THEME_RETRAIN_HOURS ?? DEFAULT_RETRAIN_HOURS);
  return {
    retrainHours: Number.isFinite(hours) && hours > 0 ? hours : 0,
    ...(env.LEERLUS_THEME_CORPUS_DIR ? { corpusDirectory: env.LEERLUS_THEME_CORPUS_DIR } : {}),
  };
}
