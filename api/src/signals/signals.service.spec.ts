import { DEFAULT_DISCLOSURE_POLICY, protectCount } from '../disclosure/disclosure';
import { keySumsOf } from './evidence-keys';
import { SignalRow } from './signals.repository';
import { flattenEvidence, mapSignal, protectEvidence } from './signals.service';

/** A "termijn overschreden" signal: 24 closed (key sum 1000), 10 over the term (key sum 300). */
const termSignal: SignalRow = {
  id: '1',
  municipality_code: 'GM0001',
  rule_code: 'termijn_overschreden',
  rule_label: 'Behandeltermijn overschreden',
  scope_key: 'organisatie=a',
  theme_code: null,
  theme_label: null,
  organisation_code: 'a',
  organisation_name: 'A',
  domain_label: null,
  domain_code: null,
  law: null,
  organisations: [],
  period_start: '2024-01-01',
  period_end: '2024-06-30',
  score: '0.417',
  evidence: {
    organisationCode: 'a',
    closed: 24,
    overTerm: 10,
    share: 0.417,
    closedKeySum: 1000,
    overTermKeySum: 300,
  },
  active: true,
  status: 'nieuw',
  status_note: null,
  status_changed_at: null,
  first_seen_at: new Date(0),
  last_computed_at: new Date(0),
  severity: 'laag',
  urgent: false,
};

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

  it('should perturb counts that carry a key sum, recompute their share and score, and never show a key sum', () => {
    const raad = mapSignal(termSignal, true, DEFAULT_DISCLOSURE_POLICY);
    const value = (name: string) => raad.evidence.find((item) => item.name === name)?.value;
    const closed = protectCount({ count: 24, keySum: 1000 }, DEFAULT_DISCLOSURE_POLICY).value;
    const overTerm = protectCount({ count: 10, keySum: 300 }, DEFAULT_DISCLOSURE_POLICY).value;
    expect([value('closed'), value('overTerm')]).toEqual([closed, overTerm]);
    const share = Math.round(((overTerm ?? 0) / (closed ?? 1)) * 1000) / 1000;
    expect(value('share')).toBe(share);
    expect(raad.score).toBe(share);
    expect(raad.evidence.some((item) => item.name.endsWith('KeySum'))).toBe(false);
    const beleid = mapSignal(termSignal, false, DEFAULT_DISCLOSURE_POLICY);
    expect(beleid.evidence.map((item) => [item.name, item.value ?? item.text])).toEqual([
      ['organisationCode', 'a'],
      ['closed', 24],
      ['overTerm', 10],
      ['share', 0.417],
    ]);
    expect(beleid.score).toBe(0.417);
  });

  it('should not add complementary suppression where every count of the line is perturbed', () => {
    const values = flattenEvidence({
      count: 20,
      countKeySum: 7,
      organisations: [
        { organisationCode: 'a', count: 8, countKeySum: 3 },
        { organisationCode: 'b', count: 12, countKeySum: 4 },
      ],
    });
    const counts = protectEvidence(
      values.filter((item) => !item.name.endsWith('KeySum')),
      DEFAULT_DISCLOSURE_POLICY,
      keySumsOf(values),
    ).map((item) => item.value);
    expect(counts).toEqual(
      [
        { count: 20, keySum: 7 },
        { count: 8, keySum: 3 },
        { count: 12, keySum: 4 },
      ].map((cell) => protectCount(cell, DEFAULT_DISCLOSURE_POLICY).value),
    );
  });

  it('should give an objection signal the difference of its protected shares as score', () => {
    const row: SignalRow = {
      ...termSignal,
      rule_code: 'bezwaar_gegrond',
      score: '0.4',
      evidence: {
        law: 'wmo',
        decided: 20,
        upheld: 12,
        share: 0.6,
        baselineDecided: 40,
        baselineUpheld: 8,
        baselineShare: 0.2,
        decidedKeySum: 11,
        upheldKeySum: 22,
        baselineDecidedKeySum: 33,
        baselineUpheldKeySum: 44,
      },
    };
    const published = (count: number, keySum: number): number =>
      protectCount({ count, keySum }, DEFAULT_DISCLOSURE_POLICY).value ?? 0;
    const share = Math.round((published(12, 22) / published(20, 11)) * 1000) / 1000;
    const baselineShare = Math.round((published(8, 44) / published(40, 33)) * 1000) / 1000;
    const raad = mapSignal(row, true, DEFAULT_DISCLOSURE_POLICY);
    expect(raad.score).toBe(Math.round((share - baselineShare) * 1000) / 1000);
    expect(raad.evidence.find((item) => item.name === 'baselineShare')?.value).toBe(baselineShare);
    expect(mapSignal(row, false, DEFAULT_DISCLOSURE_POLICY).score).toBe(0.4);
  });

  it('should give an escalation signal its protected escalations as score, and a rate from them', () => {
    const row: SignalRow = {
      ...termSignal,
      rule_code: 'escalatie_tweede_lijn',
      score: '7',
      evidence: {
        escalations: 7,
        formalComplaintsClosed: 60,
        rate: 0.117,
        windowDays: 365,
        escalationsKeySum: 5,
        formalComplaintsClosedKeySum: 6,
      },
    };
    const escalations = protectCount({ count: 7, keySum: 5 }, DEFAULT_DISCLOSURE_POLICY);
    const closed = protectCount({ count: 60, keySum: 6 }, DEFAULT_DISCLOSURE_POLICY);
    const raad = mapSignal(row, true, DEFAULT_DISCLOSURE_POLICY);
    expect([raad.score, raad.scoreSuppressed]).toEqual([escalations.value, escalations.suppressed]);
    expect(raad.evidence.find((item) => item.name === 'rate')?.value).toBe(
      escalations.value === null
        ? null
        : Math.round(((escalations.value ?? 0) / (closed.value ?? 1)) * 1000) / 1000,
    );
    expect(raad.evidence.find((item) => item.name === 'windowDays')?.value).toBe(365);
  });
});
