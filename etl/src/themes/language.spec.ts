import { join } from 'node:path';
import { CORPUS_DIRECTORY, readCorpus } from './corpus';
import { detectLanguage } from './language';
import { tokenize } from './text';

describe(detectLanguage.name, () => {
  it.each([
    ['Ik wacht al drie maanden op een besluit over mijn rolstoel.', 'nl'],
    ['taxi weer te laat!! 2e keer deze week', 'nl'],
    ['wachtlijst ggz 8 mnd', 'nl'],
    ['I have been waiting for three months and nobody called me back about my wheelchair.', 'en'],
    ['Ich warte seit drei Monaten auf eine Antwort, das ist nicht in Ordnung.', 'de'],
    ['Üç aydır bekliyorum ve kimse beni aramadı, bu çok kötü.', 'tr'],
    ['لقد انتظرت ثلاثة أشهر ولم يتصل بي أحد', 'other'],
  ])('should read %j as %s', (text, language) => {
    expect(detectLanguage(text).language).toBe(language);
  });

  it('should keep a Dutch text with an English phrase Dutch', () => {
    expect(
      detectLanguage('De klantenservice zei alleen "sorry, not my department" en hing op.').language,
    ).toBe('nl');
  });

  it('should tell the same language from the words the reading (text.ts) split', () => {
    const texts = readCorpus(join(CORPUS_DIRECTORY, 'train')).map((row) => row.text);
    expect(texts.length).toBeGreaterThan(1000);
    for (const text of [...texts, 'Ĳsvrij café — bel 06-123; ÉÉN', '', '!!']) {
      const words = tokenize(text).map((token) => token.word);
      expect(detectLanguage(text, words)).toEqual(detectLanguage(text));
    }
  });
});
