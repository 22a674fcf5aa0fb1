import { createKeywordRules, normalizeText, stemAlternatives, SUGGESTION_THRESHOLD } from './keyword-rules';
import { THEME_TAXONOMY } from './taxonomy';

const small = createKeywordRules([
  { code: 'wachttijd', keywords: ['wachttijd', 'wachtlijst', 'wachten', 'lang wachten'] },
  { code: 'bejegening', keywords: ['onvriendelijk', 'bot', 'grof'] },
  { code: 'uitkering', keywords: ['uitkering', 'bijstand'] },
  { code: 'bijzondere_bijstand', keywords: ['bijzondere bijstand', 'energietoeslag'] },
  { code: 'afspraken', keywords: ['afspraak'] },
  { code: 'klachtbehandeling', keywords: ['klachtbehandeling'] },
  { code: 'jeugdhulp', keywords: ['behandeling'] },
  { code: 'vervoer', keywords: ['taxi'] },
  { code: 'leeg', keywords: [] },
]);

const full = createKeywordRules(
  THEME_TAXONOMY.map((theme) => ({ code: theme.code, keywords: [...theme.keywords] })),
);

describe('normalizeText', () => {
  it('should lowercase, strip diacritics and fold punctuation to single spaces', () => {
    expect(normalizeText('Cliënt   ÉÉN  (café) — Wachttijden!')).toBe('client een cafe wachttijden');
    expect(normalizeText('jeugd-GGZ, 06-12345678')).toBe('jeugd ggz 06 12345678');
    expect(normalizeText('ĳsvrij')).toBe('ijsvrij');
  });
});

describe('stemAlternatives', () => {
  it('should derive Dutch singular and plural stems from a keyword', () => {
    expect(stemAlternatives('wachten')).toEqual(expect.arrayContaining(['wachten', 'wacht']));
    expect(stemAlternatives('afspraken')).toEqual(expect.arrayContaining(['afsprak', 'afspraak']));
    expect(stemAlternatives('afspraak')).toEqual(expect.arrayContaining(['afspraak', 'afsprak']));
    expect(stemAlternatives('huishoudelijke')).toContain('huishoudelijk');
  });
});

describe(createKeywordRules.name, () => {
  it('should match inflections and compounds of waiting-time words', () => {
    for (const text of [
      'De wachttijden zijn onacceptabel',
      'Mijn zoon staat op een wachtlijst',
      'We moeten erg lang wachten',
      'Wachten, wachten en nog eens wachten',
      'De jeugdhulpwachtlijst is veel te lang',
    ]) {
      expect(small.classify(text)?.themeCode).toBe('wachttijd');
    }
  });

  it('should ignore case and diacritics', () => {
    expect(small.classify('ONVRIENDELIJK behandeld')?.themeCode).toBe('bejegening');
    expect(small.classify('De cliënt kreeg een énergietoeslag')?.themeCode).toBe('bijzondere_bijstand');
  });

  it('should return the matched keywords as evidence', () => {
    const result = small.classify('Wij wachten al maanden, de wachtlijst is lang');
    expect(result).toEqual({
      themeCode: 'wachttijd',
      confidence: expect.any(Number),
      evidence: expect.any(Array),
    });
    expect(result?.evidence).toContain('lang wachten');
    expect(result?.evidence.length).toBeGreaterThanOrEqual(2);
  });

  it('should match a phrase in any order within a small window of words', () => {
    expect(small.classify('ik moet al heel lang wachten')?.evidence).toContain('lang wachten');
    expect(small.classify('wachten duurt nu al lang')?.evidence).toContain('lang wachten');
    expect(
      small.classify('lang geleden belde ik en toen zei men dat ik moest wachten')?.evidence,
    ).not.toContain('lang wachten');
  });

  it('should match short keywords only as whole words and medium ones only at a word start', () => {
    expect(small.classify('De medewerker was bot')?.themeCode).toBe('bejegening');
    expect(small.classify('Er was een botsing')).toBeNull();
    expect(small.classify('Ik ging met de regiotaxi')).toBeNull(); // "taxi" (4 letters) is not an infix
    expect(small.classify('De taxichauffeur was te laat')?.themeCode).toBe('vervoer');
  });

  it('should let a more specific match hide a less specific one', () => {
    expect(small.classify('Aanvraag bijzondere bijstand afgewezen')).toMatchObject({
      themeCode: 'bijzondere_bijstand',
      evidence: ['bijzondere bijstand'],
    });
    expect(small.classify('De klachtbehandeling was slecht')).toMatchObject({
      themeCode: 'klachtbehandeling',
      confidence: 0.632,
    });
  });

  it('should match singular and plural forms of a keyword', () => {
    expect(small.classify('Alle afspraken werden afgezegd')?.themeCode).toBe('afspraken');
  });

  it('should compute confidence from match strength and margin over the runner-up', () => {
    expect(small.classify('Onvriendelijk')?.confidence).toBe(0.632); // 1 - e^-1, no competitor
    expect(small.classify('Onvriendelijk en grof')?.confidence).toBe(0.865); // 1 - e^-2
    const tie = small.classify('Onvriendelijk over mijn uitkering');
    expect(tie?.themeCode).toBe('bejegening'); // equal scores: the theme listed first wins
    expect(tie?.confidence).toBe(0.316); // strength halved by a zero margin
    expect(tie?.confidence).toBeLessThan(SUGGESTION_THRESHOLD);
    const margin = small.classify('Onvriendelijk en grof over mijn uitkering');
    expect(margin?.confidence).toBeCloseTo(0.865 * 0.75, 2);
  });

  it('should keep every confidence within [0, 1]', () => {
    const text = 'wachttijd wachtlijst wachten lang wachten onvriendelijk bot grof uitkering bijstand';
    const result = small.classify(text);
    expect(result?.confidence).toBeGreaterThanOrEqual(0);
    expect(result?.confidence).toBeLessThanOrEqual(1);
  });

  it('should return null when nothing matches', () => {
    expect(small.classify('')).toBeNull();
    expect(small.classify('Het weer is mooi vandaag.')).toBeNull();
    expect(createKeywordRules([]).classify('wachten')).toBeNull();
  });

  it('should give the same answer regardless of earlier calls', () => {
    const first = small.classify('Lang wachten op een uitkering');
    small.classify('grof bot onvriendelijk wachtlijst energietoeslag '.repeat(50));
    expect(small.classify('Lang wachten op een uitkering')).toEqual(first);
  });

  it('should classify realistic complaints with the seed taxonomy', () => {
    const cases: [string, string][] = [
      ['Mijn dochter staat al een jaar op de wachtlijst bij de jeugd-ggz', 'wachtlijst_jeugd_ggz'],
      ['Vanochtend ben ik weer niet opgehaald, ik heb een uur gewacht', 'vervoer_te_laat'],
      ['Mijn uitkering is deze maand niet uitbetaald en het voorschot ook niet', 'uitkering_betaling'],
      ['De gemeente vordert 2.400 euro terug, ze hebben mijn loon dubbel verrekend', 'terugvordering'],
      ['De medewerkster van het loket was onvriendelijk en kortaf', 'bejegening'],
      ['Mijn dossier is zonder toestemming gedeeld met school', 'privacy'],
      ['De beslagvrije voet is verkeerd berekend door de deurwaarder', 'beslag_afloscapaciteit'],
      ['De scootmobiel is kapot en de monteur komt pas over drie weken', 'hulpmiddelen_reparatie'],
    ];
    for (const [text, code] of cases) {
      const result = full.classify(text);
      expect({ text, code: result?.themeCode }).toEqual({ text, code });
      expect(result?.confidence).toBeGreaterThanOrEqual(SUGGESTION_THRESHOLD);
    }
  });

  it('should find every taxonomy keyword when it is the whole text', () => {
    for (const theme of THEME_TAXONOMY) {
      for (const keyword of theme.keywords) {
        expect({ keyword, found: full.classify(keyword) !== null }).toEqual({ keyword, found: true });
      }
    }
  });

  it('should be fast enough for imports of millions of rows', () => {
    const texts = Array.from(
      { length: 20_000 },
      (_, i) =>
        `Zaak ${i}: mevrouw belt over de huishoudelijke hulp. Ze wacht al ${i % 12} weken, niemand belt terug ` +
        `en de communicatie met de aanbieder is slecht. Bereikbaar op 06-${10_000_000 + i}.`,
    );
    const started = performance.now();
    let classified = 0;
    for (const text of texts) if (full.classify(text)) classified++;
    const elapsed = performance.now() - started;
    expect(classified).toBe(texts.length);
    expect(elapsed).toBeLessThan(3_000); // ~20 µs per text on a laptop; generous for CI
  });
});
