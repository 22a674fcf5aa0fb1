import { join } from 'node:path';
import { createThemeClassifier, type ThemeDefinition } from './classifier';
import { CORPUS_DIRECTORY, readCorpus, toTrainingExamples } from './corpus';
import { createKeywordRules } from './keyword-rules';
import { THEME_TAXONOMY } from './taxonomy';
import { ThemeModel } from './theme-model';

const THEMES: ThemeDefinition[] = THEME_TAXONOMY.map((theme) => ({
  code: theme.code,
  keywords: [...theme.keywords],
  domainCode: theme.domainCode,
  parentCode: theme.parentCode,
}));

describe(createThemeClassifier.name, () => {
  const rulesOnly = createThemeClassifier(THEMES);
  // Every second training text: enough to learn, quick enough for a unit test.
  const corpus = toTrainingExamples(readCorpus(join(CORPUS_DIRECTORY, 'train'))).filter(
    (_, index) => index % 2 === 0,
  );
  const model = ThemeModel.train(corpus, createKeywordRules(THEMES));
  const combined = createThemeClassifier(THEMES, { model });

  it('should give no Dutch theme to an English text', () => {
    const text = 'I have been waiting for my wheelchair for three months and nobody calls me back.';
    for (const classifier of [rulesOnly, combined]) {
      expect(classifier.classify(text)).toMatchObject({
        themeCode: null,
        status: 'andere_taal',
        language: 'en',
      });
    }
  });

  it('should theme an English text when the installation accepts English', () => {
    const text = 'I have been waiting for my rolstoel for months, the wachtlijst is too long.';
    const accepting = createThemeClassifier(THEMES, { languages: ['nl', 'en'] });
    expect(accepting.classify(text)?.status).toBe('thema');
  });

  it('should not read a denied topic as the complaint', () => {
    // Without the denial the keywords of eigen_bijdrage (eigen bijdrage, factuur) would win.
    const text =
      'Mijn klacht gaat niet over de eigen bijdrage of de factuur, maar over de regiotaxi die niet kwam.';
    expect(rulesOnly.classify(text)?.themeCode).not.toBe('eigen_bijdrage');
    expect(combined.classify(text)?.themeCode).toMatch(/^vervoer/);
  });

  it('should only suggest themes of the record domain and themes for every domain', () => {
    const text = 'Mijn bewindvoerder betaalt de huur niet op tijd.';
    const suggestion = combined.classify(text, { domain: 'wmo' });
    const theme = THEMES.find((candidate) => candidate.code === suggestion?.themeCode);
    expect(theme?.domainCode ?? null).not.toBe('schuldhulp');
    expect(combined.classify(text, { domain: 'schuldhulp' })?.themeCode).toBe('budgetbeheer');
  });

  it('should leave out excluded themes (objections never get besluitvorming)', () => {
    const text =
      'Het primaire besluit wordt gehandhaafd; het bezwaar tegen de afwijzing van de scootmobiel is ongegrond.';
    const suggestion = combined.classify(text, { domain: 'wmo', excludedThemes: ['besluitvorming'] });
    expect(suggestion?.themeCode).not.toBe('besluitvorming');
  });

  it('should explain a suggestion with words of the text and their places', () => {
    const text = 'Al vier maanden staat mijn dochter op de wachtlijst voor de jeugd-ggz.';
    const suggestion = combined.classify(text, { domain: 'jeugd' });
    expect(suggestion?.themeCode).toBe('wachtlijst_jeugd_ggz');
    expect(suggestion?.evidence.length).toBeGreaterThan(0);
    for (const highlight of suggestion?.highlights ?? []) {
      expect(text.slice(highlight.start, highlight.end)).toBe(highlight.text);
    }
    expect(suggestion?.highlights.map((highlight) => highlight.text)).toContain('wachtlijst');
  });

  it('should keep a model through serialisation', () => {
    const restored = createThemeClassifier(THEMES, { model: ThemeModel.deserialize(model.serialize()) });
    const text = 'De scootmobiel is al drie weken kapot en de monteur komt niet.';
    expect(restored.classify(text, { domain: 'wmo' })).toEqual(combined.classify(text, { domain: 'wmo' }));
  });
});
