import { createDateParser } from './dates';
import { isFormulaLike, neutraliseFormula } from './formula';
import { cleanString, cleanText, parseBoolean, parseInteger } from './values';

const DEFAULT_FORMATS = ['dd-MM-yyyy', 'd-M-yyyy', 'd-M-yy', 'd MMMM yyyy', 'yyyy-MM-dd'];

describe(createDateParser.name, () => {
  const parse = createDateParser(DEFAULT_FORMATS);

  it.each([
    ['03-04-2024', '2024-04-03'],
    ['3-4-24', '2024-04-03'],
    ['3 april 2024', '2024-04-03'],
    ['3 apr 2024', '2024-04-03'],
    ['2024-04-03', '2024-04-03'],
    ['03/04/2024', '2024-04-03'],
    ['03.04.2024', '2024-04-03'],
    [' 29-02-2024 ', '2024-02-29'],
    ['03-04-2024 14:30', '2024-04-03'],
    ['2024-04-03T00:00:00.000Z', '2024-04-03'],
    ['1 mrt 2023', '2023-03-01'],
  ])('should read %j as %s', (value, iso) => {
    expect(parse(value)).toEqual({ ok: true, iso });
  });

  it('should reject impossible dates and say why', () => {
    expect(parse('31-02-2024')).toEqual({
      ok: false,
      reason: 'die dag bestaat niet: februari 2024 heeft 29 dagen',
    });
    expect(parse('29-02-2023')).toEqual({
      ok: false,
      reason: 'die dag bestaat niet: februari 2023 heeft 28 dagen',
    });
    expect(parse('12-13-2024')).toEqual({ ok: false, reason: 'maand 13 bestaat niet' });
    expect(parse('gisteren')).toEqual({
      ok: false,
      reason: `geen datum in de vorm ${DEFAULT_FORMATS.join(', ')}`,
    });
    expect(parse('03-04-2024 en meer')).toMatchObject({ ok: false });
  });

  it('should honour the profile formats (US order when configured)', () => {
    const us = createDateParser(['MM/dd/yyyy']);
    expect(us('04/03/2024')).toEqual({ ok: true, iso: '2024-04-03' });
    expect(us('2024-04-03')).toEqual({ ok: true, iso: '2024-04-03' });
  });
});

describe('values', () => {
  it.each([
    ['ja', true],
    ['J', true],
    ['Yes', true],
    ['x', true],
    ['1', true],
    ['nee', false],
    ['N', false],
    ['false', false],
    ['0', false],
    ['', null],
    ['  ', null],
    ['misschien', undefined],
  ])('should read the boolean %j as %s', (value, expected) => {
    expect(parseBoolean(value)).toBe(expected);
  });

  it.each([
    ['12', 12],
    ['+12', 12],
    ['-3', -3],
    ['1.234', 1234],
    ['12,0', 12],
    [' 7 ', 7],
    ['1,5', undefined],
    ['twaalf', undefined],
    ['99999999999', undefined],
  ])('should read the integer %j as %s', (value, expected) => {
    expect(parseInteger(value)).toBe(expected);
  });

  it('should fold whitespace in single-line values and keep line breaks in free text', () => {
    expect(cleanString('  Zorg\u00a0 en\t\nwelzijn  ')).toBe('Zorg en welzijn');
    expect(cleanText(' regel 1\r\nregel\u0000 2 ')).toBe('regel 1\nregel 2');
  });
});

describe(neutraliseFormula.name, () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+31 6 1234', "'+31 6 1234"],
    ['-2+3+cmd|x', "'-2+3+cmd|x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['gewone tekst = prima', 'gewone tekst = prima'],
  ])('should neutralise %j', (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
    expect(isFormulaLike(expected)).toBe(false);
  });
});
