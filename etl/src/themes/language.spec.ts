import { detectLanguage } from './language';

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
});
