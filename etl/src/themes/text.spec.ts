import { normalizeText } from './keyword-rules';
import { analyseText, tokenize } from './text';

const words = (text: string, flags: Uint8Array | Float32Array, value: number): string[] =>
  tokenize(text)
    .filter((_, index) => flags[index] === value)
    .map((token) => token.word);

describe(analyseText.name, () => {
  it('should number words exactly like the keyword rules', () => {
    const text = 'Cliënt (84) wacht—al 3 mnd. op de ĳsbaan-pas, jeugd-ggz!';
    expect(tokenize(text).map((token) => token.word)).toEqual(normalizeText(text).split(' '));
  });

  it('should keep the spans of the original text', () => {
    const text = 'De  rolstoel is kapot';
    const token = tokenize(text)[1];
    expect(token && text.slice(token.start, token.end)).toBe('rolstoel');
  });

  it('should stem Dutch words', () => {
    expect(tokenize('wachttijden afspraken uitkeringen').map((token) => token.stem)).toEqual([
      'wachttijd',
      'afsprak',
      'uitker',
    ]);
  });

  it('should ignore a denied topic up to the end of its clause, and weigh the clause after "maar" up', () => {
    const text = 'Het gaat niet om de eigen bijdrage, maar om de taxi die niet kwam.';
    const analysed = analyseText(text);
    expect(words(text, analysed.negated, 1)).toEqual(['gaat', 'niet', 'om', 'de', 'eigen', 'bijdrage']);
    expect(words(text, analysed.weight, 1.600000023841858)).toContain('taxi');
  });

  it('should deny a whole clause that says a topic is fine', () => {
    const text = 'De huishoudelijke hulp is prima. Ik word niet teruggebeld.';
    const analysed = analyseText(text);
    expect(words(text, analysed.negated, 1)).toEqual(['de', 'huishoudelijke', 'hulp', 'is', 'prima']);
  });

  it('should not treat a complaint phrased with "niet" as a denial', () => {
    const analysed = analyseText('Ik ben niet teruggebeld en niet tevreden.');
    expect(Array.from(analysed.negated)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('should weigh a passing mention down', () => {
    const text = 'Mijn rolstoel is al weken kapot. De chauffeur was trouwens ook onbeleefd.';
    const analysed = analyseText(text);
    expect(words(text, analysed.weight, 0.4000000059604645)).toContain('chauffeur');
    expect(words(text, analysed.weight, 1)).toContain('rolstoel');
  });

  it('should weigh the last sentence up, but not a closing line after it', () => {
    const text = 'Vorig jaar kreeg ik hulp. Nu wil ik dat iemand mij terugbelt. Met vriendelijke groet, Els';
    const analysed = analyseText(text);
    expect(words(text, analysed.weight, 1.2999999523162842)).toEqual([
      'nu',
      'wil',
      'ik',
      'dat',
      'iemand',
      'mij',
      'terugbelt',
    ]);
    expect(words(text, analysed.weight, 1)).toEqual([
      'vorig',
      'jaar',
      'kreeg',
      'ik',
      'hulp',
      'met',
      'vriendelijke',
      'groet',
      'els',
    ]);
  });
});
