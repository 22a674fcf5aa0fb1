import { initialSampleForm, sampleFormErrors, sampleInputOf } from '@/modules/panel/utils/sampleForm';

describe('sample form', () => {
  const base = { ...initialSampleForm(new Date('2026-03-01T10:00:00Z')), title: 'Voorjaar' };

  it('should turn the typed form into the API input', () => {
    expect(
      sampleInputOf({
        ...base,
        laws: ['wmo'],
        advisoryCommittee: 'nee',
        term: 'te_laat',
        stratifyBy: 'law',
        allocation: 'gelijk',
      }),
    ).toEqual({
      title: 'Voorjaar',
      frame: {
        decidedFrom: null,
        decidedTo: null,
        laws: ['wmo'],
        outcomes: [],
        themeCodes: [],
        advisoryCommittee: false,
        overTerm: true,
      },
      size: 30,
      seed: 'steekproef-2026-03-01',
      stratifyBy: 'law',
      allocation: 'gelijk',
      reviewersPerCase: 1,
    });
  });

  it('should name what is missing in Dutch', () => {
    expect(
      sampleFormErrors({
        ...base,
        title: ' ',
        size: '0',
        decidedFrom: '2026-02-01',
        decidedTo: '2026-01-01',
      }),
    ).toEqual([
      'Geef de steekproef een naam.',
      'Kies een omvang van 1 tot en met 2000 zaken.',
      'De begindatum ligt na de einddatum.',
    ]);
    expect(sampleFormErrors(base)).toEqual([]);
  });
});
