import { DEFAULT_DISCLOSURE_POLICY } from '../disclosure/disclosure';
import { flattenEvidence, protectEvidence } from './signals.service';

describe('signals evidence disclosure', () => {
  it('should flatten organisation lists into values per organisation', () => {
    const values = flattenEvidence({
      count: 12,
      finding: 'te_laat',
      organisations: [{ organisationCode: 'a', count: 9, baseline: 3 }],
    });
    expect(values).toEqual([
      expect.objectContaining({ name: 'count', value: 12, organisationCode: null }),
      expect.objectContaining({ name: 'finding', value: null, text: 'te_laat' }),
      expect.objectContaining({ name: 'count', value: 9, organisationCode: 'a' }),
      expect.objectContaining({ name: 'baseline', value: 3, organisationCode: 'a' }),
    ]);
  });

  it('should withhold small counts, their complement and the ratios built on them', () => {
    const values = flattenEvidence({
      count: 20,
      organisations: [
        { organisationCode: 'a', count: 3 },
        { organisationCode: 'b', count: 8 },
        { organisationCode: 'c', count: 9 },
      ],
      closed: 4,
      share: 0.5,
      daysLate: 3,
    });
    const byKey = (name: string, organisationCode: string | null = null) =>
      protectEvidence(values, DEFAULT_DISCLOSURE_POLICY).find(
        (value) => value.name === name && value.organisationCode === organisationCode,
      );
    expect(byKey('count', 'a')).toMatchObject({ value: null, suppressed: true });
    // Complementary: otherwise a = 20 - 8 - 9.
    expect(byKey('count', 'b')).toMatchObject({ value: null, suppressed: true });
    expect(byKey('count', 'c')).toMatchObject({ value: 9, suppressed: false });
    expect(byKey('count')).toMatchObject({ value: 20, suppressed: false });
    expect(byKey('closed')).toMatchObject({ value: null, suppressed: true });
    expect(byKey('share')).toMatchObject({ value: null, suppressed: true });
    expect(byKey('daysLate')).toMatchObject({ value: 3, suppressed: false });
  });
});
