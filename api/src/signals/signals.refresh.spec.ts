import { createTestDatabase, TestDatabase } from '@leerlus/sql/testing';

/**
 * refresh_signals() (sql/views/0300_signals.sql) on small fixtures: each rule fires at its threshold and
 * not below it, and a recompute keeps the status staff gave a signal.
 */
const GM = 'GM0001';
const AS_OF = '2025-09-30';

interface CaseInput {
  source: string;
  subject?: string;
  theme?: string;
  received: string;
  closed?: string | null;
  line?: 'eerste_lijn_aanbieder' | 'eerste_lijn_gemeente' | 'tweede_lijn';
  kind?: string;
  domain?: string;
  subjectKey?: string | null;
  feedback?: boolean | null;
  route?: string;
  termDays?: number | null;
}

interface FiredSignal {
  id: string;
  rule_code: string;
  scope_key: string;
  period_start: string;
  score: string;
  status: string;
  active: boolean;
  evidence: Record<string, unknown>;
  organisations: string[];
  records: number;
}

describe('refresh_signals (fixtures)', () => {
  let db: TestDatabase;
  let externalId = 0;
  const sql = async <T = unknown>(text: string, params: unknown[] = []): Promise<T[]> =>
    (await db.pool.query(text, params)).rows as T[];

  const addCase = async (input: CaseInput): Promise<void> => {
    externalId += 1;
    await sql(
      `INSERT INTO case_record (municipality_code, source_organisation_id, subject_organisation_id, external_id,
         kind, domain_code, theme_id, line, route, received_on, closed_on, feedback_given, subject_key, term_days,
         import_id)
       VALUES ($1, (SELECT id FROM organisation WHERE code = $2), (SELECT id FROM organisation WHERE code = $3),
         $4, $5, $6, (SELECT id FROM theme WHERE code = $7), $8, $9, $10, $11, $12, $13, $14,
         (SELECT min(id) FROM import))`,
      [
        GM,
        input.source,
        input.subject ?? input.source,
        `x${externalId}`,
        input.kind ?? 'klacht',
        input.domain ?? 'jeugd',
        input.theme ?? 'communicatie',
        input.line ?? (input.source === 'gemeente' ? 'eerste_lijn_gemeente' : 'eerste_lijn_aanbieder'),
        input.route ?? 'informeel',
        input.received,
        input.closed ?? null,
        input.feedback ?? null,
        input.subjectKey ?? null,
        input.termDays ?? null,
      ],
    );
  };
  const addCases = async (count: number, input: CaseInput): Promise<void> => {
    for (let i = 0; i < count; i += 1) await addCase(input);
  };
  const addObjections = async (
    count: number,
    upheld: number,
    decided: string,
    theme = 'terugvordering',
  ): Promise<void> => {
    for (let i = 0; i < count; i += 1) {
      externalId += 1;
      await sql(
        `INSERT INTO objection_decision (municipality_code, source_organisation_id, external_id, law, domain_code,
           theme_id, objection_received_on, decided_on, outcome, import_id)
         VALUES ($1, (SELECT id FROM organisation WHERE code = 'gemeente'), $2, 'participatiewet', 'werk_inkomen',
           (SELECT id FROM theme WHERE code = $3), $4::date - 30, $4, $5, (SELECT min(id) FROM import))`,
        [GM, `b${externalId}`, theme, decided, i < upheld ? 'gegrond' : 'ongegrond'],
      );
    }
  };
  const refresh = async (): Promise<void> => {
    await sql('SELECT * FROM refresh_signals(NULL, $1::date)', [AS_OF]);
  };
  const fired = async (rule: string): Promise<FiredSignal[]> =>
    sql<FiredSignal>(
      `SELECT s.id::text, s.rule_code, s.scope_key, to_char(s.period_start, 'YYYY-MM-DD') AS period_start,
              s.score::text, s.status, s.active, s.evidence,
              ARRAY(SELECT o.code FROM organisation o WHERE o.id = ANY (s.organisation_ids) ORDER BY o.code)
                AS organisations,
              (SELECT count(*)::integer FROM signal_evidence_record e WHERE e.signal_id = s.id) AS records
         FROM signal s WHERE s.rule_code = $1 AND s.active ORDER BY s.period_start, s.scope_key`,
      [rule],
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    await sql(`INSERT INTO municipality (code, name) VALUES ($1, 'Leerstad')`, [GM]);
    await sql(
      `INSERT INTO organisation (code, name, kind, municipality_code) VALUES
         ('gemeente', 'Gemeente Leerstad', 'gemeente', $1), ('a', 'Aanbieder A', 'aanbieder', $1),
         ('b', 'Aanbieder B', 'aanbieder', $1), ('c', 'Aanbieder C', 'aanbieder', $1),
         ('ombudsman', 'Ombudsman', 'ombudsman', NULL)`,
      [GM],
    );
    await sql(
      `INSERT INTO import (municipality_code, file_name, sha256, profile) VALUES ($1, 't.csv', $2, 'test')`,
      [GM, 'a'.repeat(64)],
    );
  });

  beforeEach(async () => {
    await sql(
      'TRUNCATE signal, signal_evidence_record, case_record, case_theme, objection_decision, provider_report CASCADE',
    );
    await sql('DELETE FROM contract');
  });

  afterAll(async () => {
    await db?.drop();
  });

  describe('thema_meerdere_organisaties', () => {
    const baseline = async (organisations: string[]): Promise<void> => {
      for (const organisation of organisations) {
        for (const day of ['2024-01-15', '2024-04-15', '2024-07-15', '2024-10-15']) {
          await addCases(2, { source: organisation, theme: 'wachttijd_toegang', received: day });
        }
      }
    };

    it('should fire when the theme rises at three organisations (subthemes count for their theme)', async () => {
      await baseline(['a', 'b', 'c']);
      for (const organisation of ['a', 'b', 'c']) {
        await addCases(6, { source: organisation, theme: 'wachttijd_toegang', received: '2025-02-01' });
      }
      await refresh();
      const signals = await fired('thema_meerdere_organisaties');
      expect(signals.map((s) => [s.scope_key, s.period_start, s.organisations, s.records])).toEqual([
        ['thema=wachttijd', '2025-01-01', ['a', 'b', 'c'], 18],
      ]);
      expect(signals[0]?.evidence).toMatchObject({ count: 18, baseline: 6 });
    });

    it("should reference exactly the signal's records: its theme at its organisations in its quarter, from compared sources", async () => {
      // The municipality delivers since 2024 too, without a rise.
      await baseline(['a', 'b', 'c', 'gemeente']);
      for (const organisation of ['a', 'b', 'c']) {
        await addCases(6, { source: organisation, theme: 'wachttijd_toegang', received: '2025-02-01' });
      }
      const rising = await sql<{ id: number }>('SELECT id::int FROM case_record ORDER BY id');
      // Not the signal's: another theme, an organisation that did not rise, a source that started in the
      // quarter (the ombudsman, about a), and the next quarter.
      await addCases(2, { source: 'a', theme: 'communicatie', received: '2025-02-01' });
      await addCases(2, { source: 'gemeente', theme: 'wachttijd_toegang', received: '2025-02-01' });
      await addCases(2, {
        source: 'ombudsman',
        subject: 'a',
        theme: 'wachttijd_toegang',
        received: '2025-02-01',
      });
      await addCases(2, { source: 'a', theme: 'wachttijd_toegang', received: '2025-04-01' });
      await refresh();
      const referenced = await sql<{ id: number }>(
        `SELECT e.record_id::int AS id FROM signal_evidence_record e
           JOIN signal s ON s.id = e.signal_id WHERE s.rule_code = 'thema_meerdere_organisaties' ORDER BY e.record_id`,
      );
      const all = await sql<{ n: number }>('SELECT count(*)::int AS n FROM case_record');
      expect(all[0]?.n).toBe(rising.length + 8);
      expect(referenced.slice(-18)).toEqual(rising.slice(-18));
      expect(referenced).toHaveLength(18);
    });

    it('should not fire when it rises at two organisations only', async () => {
      await baseline(['a', 'b', 'c']);
      for (const organisation of ['a', 'b']) {
        await addCases(6, { source: organisation, theme: 'wachttijd_toegang', received: '2025-02-01' });
      }
      await addCases(3, { source: 'c', theme: 'wachttijd_toegang', received: '2025-02-01' });
      await refresh();
      expect(await fired('thema_meerdere_organisaties')).toEqual([]);
    });
    it("should not fire when the rise is only the providers' own lists that start this year", async () => {
      // The ombudsman delivers since 2024: one case about each provider per quarter. The providers'
      // own lists start in 2025 with 6 each: against the ombudsman-only baseline that looked like 1 -> 7.
      for (const organisation of ['a', 'b', 'c']) {
        for (const day of ['2024-01-15', '2024-04-15', '2024-07-15', '2024-10-15', '2025-02-01']) {
          await addCase({
            source: 'ombudsman',
            subject: organisation,
            theme: 'wachttijd_toegang',
            received: day,
          });
        }
        await addCases(6, { source: organisation, theme: 'wachttijd_toegang', received: '2025-02-01' });
      }
      await refresh();
      expect(await fired('thema_meerdere_organisaties')).toEqual([]);
    });
    it('should not fire against a baseline of (almost) zero', async () => {
      // Each organisation had 1 case in all of 2024 (0.25 per quarter), then 6 in 2025-Q1.
      for (const organisation of ['a', 'b', 'c']) {
        await addCase({ source: organisation, theme: 'wachttijd_toegang', received: '2024-01-15' });
        await addCases(6, { source: organisation, theme: 'wachttijd_toegang', received: '2025-02-01' });
      }
      await refresh();
      expect(await fired('thema_meerdere_organisaties')).toEqual([]);
    });
  });

  describe('wal_en_schip', () => {
    it('should fire for a citizen at three organisations within the window, not for one spread wider', async () => {
      await addCase({ source: 'a', received: '2025-01-10', subjectKey: 'ps_1' });
      await addCase({ source: 'gemeente', received: '2025-02-10', subjectKey: 'ps_1' });
      await addCase({ source: 'b', received: '2025-04-10', subjectKey: 'ps_1' });
      await addCase({ source: 'a', received: '2024-01-10', subjectKey: 'ps_2' });
      await addCase({ source: 'gemeente', subject: 'a', received: '2024-02-10', subjectKey: 'ps_2' });
      await addCase({ source: 'b', received: '2024-09-10', subjectKey: 'ps_2' });
      await refresh();
      const signals = await fired('wal_en_schip');
      expect(signals.map((s) => [s.scope_key, s.period_start, s.organisations, s.records])).toEqual([
        ['domein=jeugd', '2025-01-01', ['a', 'b', 'gemeente'], 3],
      ]);
      expect(signals[0]?.evidence).toMatchObject({ citizens: 1 });
      expect(JSON.stringify(signals[0]?.evidence)).not.toContain('ps_1');
    });

    it('should fire for one citizen at three organisations in one municipal export (subject organisations)', async () => {
      for (const [subject, received] of [
        ['a', '2025-01-10'],
        ['b', '2025-03-02'],
        ['c', '2025-05-20'],
      ] as const) {
        await addCase({ source: 'gemeente', subject, received, subjectKey: 'ps_3' });
      }
      await refresh();
      const signals = await fired('wal_en_schip');
      expect(signals.map((s) => [s.scope_key, s.period_start, s.organisations, s.records])).toEqual([
        ['domein=jeugd', '2025-01-01', ['a', 'b', 'c'], 3],
      ]);
    });

    it('should count a citizen once per organisation, however many of its records the episode holds', async () => {
      await addCase({ source: 'a', received: '2025-01-10', subjectKey: 'ps_5' });
      await addCase({ source: 'a', received: '2025-01-20', subjectKey: 'ps_5' });
      await addCase({ source: 'gemeente', received: '2025-02-10', subjectKey: 'ps_5' });
      await addCase({ source: 'b', received: '2025-04-10', subjectKey: 'ps_5' });
      await refresh();
      const signals = await fired('wal_en_schip');
      expect(signals.map((s) => [s.period_start, s.organisations, s.records])).toEqual([
        ['2025-01-01', ['a', 'b', 'gemeente'], 4],
      ]);
      const organisations = (signals[0]?.evidence.organisations ?? []) as {
        organisationCode: string;
        citizens: number;
      }[];
      expect(organisations.map(({ organisationCode, citizens }) => [organisationCode, citizens])).toEqual([
        ['a', 1],
        ['b', 1],
        ['gemeente', 1],
      ]);
    });

    it('should not count one provider twice when the municipality received a complaint about it', async () => {
      await addCase({ source: 'a', received: '2025-01-10', subjectKey: 'ps_4' });
      await addCase({ source: 'gemeente', subject: 'a', received: '2025-02-10', subjectKey: 'ps_4' });
      await addCase({ source: 'b', received: '2025-04-10', subjectKey: 'ps_4' });
      await refresh();
      expect(await fired('wal_en_schip')).toEqual([]);
    });
  });

  describe('herhaalde_klacht', () => {
    const repeaters = async (count: number): Promise<void> => {
      for (let i = 0; i < count; i += 1) {
        await addCase({
          source: 'gemeente',
          received: '2025-01-10',
          closed: '2025-02-01',
          subjectKey: `r${i}`,
        });
        await addCase({ source: 'gemeente', received: '2025-03-10', subjectKey: `r${i}` });
      }
    };

    it('should fire when three citizens raise the same theme again', async () => {
      await repeaters(3);
      await refresh();
      const signals = await fired('herhaalde_klacht');
      expect(signals.map((s) => [s.scope_key, s.period_start, s.score, s.records])).toEqual([
        ['lijn=eerste_lijn_gemeente', '2025-01-01', '3.000', 6],
      ]);
    });

    it('should not fire for two citizens, nor for another theme', async () => {
      await repeaters(2);
      await addCase({ source: 'gemeente', received: '2025-01-10', subjectKey: 'other', theme: 'bejegening' });
      await addCase({ source: 'gemeente', received: '2025-03-10', subjectKey: 'other', theme: 'wachttijd' });
      await refresh();
      expect(await fired('herhaalde_klacht')).toEqual([]);
    });
  });

  describe('escalatie_tweede_lijn', () => {
    const escalate = async (count: number): Promise<void> => {
      await addCases(10, {
        source: 'gemeente',
        route: 'formeel',
        received: '2025-01-05',
        closed: '2025-02-05',
      });
      for (let i = 0; i < count; i += 1) {
        await addCase({
          source: 'gemeente',
          received: '2025-01-10',
          closed: '2025-02-01',
          subjectKey: `e${i}`,
        });
        await addCase({
          source: 'ombudsman',
          subject: 'gemeente',
          line: 'tweede_lijn',
          received: '2025-04-01',
          subjectKey: `e${i}`,
        });
      }
    };

    it('should fire at three escalations and a rate above the threshold', async () => {
      await escalate(3);
      await refresh();
      const signals = await fired('escalatie_tweede_lijn');
      expect(
        signals.map((s) => [s.scope_key, s.period_start, s.evidence.escalations, s.evidence.rate]),
      ).toEqual([['domein=jeugd', '2025-01-01', 3, 0.3]]);
    });

    it('should not fire at two escalations', async () => {
      await escalate(2);
      await refresh();
      expect(await fired('escalatie_tweede_lijn')).toEqual([]);
    });
  });

  describe('bezwaar_gegrond', () => {
    const baseline = async (): Promise<void> => {
      for (const day of ['2024-02-15', '2024-05-15', '2024-08-15', '2024-11-15']) {
        await addObjections(5, 1, day);
      }
    };

    it('should fire when the upheld share jumps above the baseline', async () => {
      await baseline();
      await addObjections(10, 8, '2025-02-15');
      await refresh();
      const signals = await fired('bezwaar_gegrond');
      expect(signals.map((s) => [s.scope_key, s.period_start, s.records])).toEqual([
        ['wet=participatiewet|thema=terugvordering', '2025-01-01', 8],
      ]);
      expect(signals[0]?.evidence).toMatchObject({ share: 0.8, baselineShare: 0.2, decided: 10, upheld: 8 });
    });

    it('should not fire below the minimum number upheld', async () => {
      await baseline();
      await addObjections(10, 4, '2025-02-15');
      await refresh();
      expect(await fired('bezwaar_gegrond')).toEqual([]);
    });
  });

  describe('termijn_overschreden', () => {
    it('should fire at 30 % over the term and not at 20 %', async () => {
      await addCases(7, { source: 'a', received: '2025-01-06', closed: '2025-02-01' });
      await addCases(3, { source: 'a', received: '2025-01-06', closed: '2025-04-01' });
      await addCases(8, { source: 'b', received: '2025-01-06', closed: '2025-02-01' });
      await addCases(2, { source: 'b', received: '2025-01-06', closed: '2025-04-01' });
      // term_days from the source wins over the default 6 weeks.
      await addCases(10, { source: 'c', received: '2025-01-06', closed: '2025-04-01', termDays: 120 });
      await refresh();
      const signals = await fired('termijn_overschreden');
      expect(signals.map((s) => [s.scope_key, s.period_start, s.score, s.records])).toEqual([
        ['organisatie=a', '2025-01-01', '0.300', 3],
      ]);
    });
  });

  describe('geen_terugkoppeling', () => {
    it('should fire at 20 % without feedback and not at 10 %', async () => {
      await addCases(8, { source: 'a', received: '2025-01-06', closed: '2025-02-01', feedback: true });
      await addCases(2, { source: 'a', received: '2025-01-06', closed: '2025-02-01', feedback: false });
      await addCases(9, { source: 'b', received: '2025-01-06', closed: '2025-02-01', feedback: true });
      await addCases(1, { source: 'b', received: '2025-01-06', closed: '2025-02-01', feedback: false });
      await refresh();
      const signals = await fired('geen_terugkoppeling');
      expect(signals.map((s) => [s.scope_key, s.period_start, s.evidence.withoutFeedback])).toEqual([
        ['organisatie=a', '2025-01-01', 2],
      ]);
    });
  });

  describe('rapportage_aanbieder', () => {
    it('should flag a late and a missing report, not a report on time', async () => {
      await sql(
        `INSERT INTO contract (municipality_code, organisation_id, domain_code, starts_on)
         SELECT $1, id, 'jeugd', '2024-01-01' FROM organisation WHERE code IN ('a', 'b')`,
        [GM],
      );
      const report = (
        organisation: string,
        start: string,
        end: string,
        due: string,
        submitted: string,
      ): Promise<unknown> =>
        sql(
          `INSERT INTO provider_report (municipality_code, provider_organisation_id, period_start, period_end, due_on,
             submitted_on, import_id)
           VALUES ($1, (SELECT id FROM organisation WHERE code = $2), $3, $4, $5, $6, (SELECT min(id) FROM import))`,
          [GM, organisation, start, end, due, submitted],
        );
      await report('a', '2024-01-01', '2024-06-30', '2024-12-01', '2024-12-20');
      await report('b', '2024-01-01', '2024-06-30', '2024-12-01', '2024-11-01');
      await report('b', '2024-07-01', '2024-12-31', '2025-07-01', '2025-06-01');
      await refresh();
      const signals = await fired('rapportage_aanbieder');
      expect(
        signals.map((s) => [s.scope_key, s.period_start, s.evidence.finding, s.score, s.records]),
      ).toEqual([
        ['organisatie=a', '2024-01-01', 'te_laat', '19.000', 1],
        ['organisatie=a', '2024-07-01', 'ontbreekt', '91.000', 0],
      ]);
      // Severity from days late (severity_midden 30, severity_hoog 90); the missing report is recent
      // (due 2025-07-01, within half a year of the reference date) and so urgent.
      expect(
        await sql(
          `SELECT to_char(period_start, 'YYYY-MM-DD') AS period, severity, urgent, urgent_since IS NOT NULL AS since
             FROM signal WHERE rule_code = 'rapportage_aanbieder' ORDER BY period_start`,
        ),
      ).toEqual([
        { period: '2024-01-01', severity: 'laag', urgent: false, since: false },
        { period: '2024-07-01', severity: 'hoog', urgent: true, since: true },
      ]);
    });
  });

  describe('severity and urgent', () => {
    const severityOf = async (rule: string): Promise<{ severity: string; urgent: boolean }[]> =>
      sql(`SELECT severity, urgent FROM signal WHERE rule_code = $1 AND active ORDER BY period_start`, [
        rule,
      ]);

    it('should grade a share over the term by the rule bands and keep an old period from being urgent', async () => {
      // 2025 H1: 6 of 10 over the term (share 0.6 = severity_hoog); 2024 H1: 4 of 10 (0.4 = severity_midden).
      for (const [received, closed, over] of [
        ['2025-01-06', '2025-05-01', 6],
        ['2024-01-06', '2024-05-01', 4],
      ] as const) {
        await addCases(over, { source: 'a', received, closed });
        await addCases(10 - over, { source: 'a', received, closed: received });
      }
      await refresh();
      expect(await severityOf('termijn_overschreden')).toEqual([
        { severity: 'midden', urgent: false },
        // Ended 2025-06-30, within half a year of 2025-09-30.
        { severity: 'hoog', urgent: true },
      ]);
    });

    it('should keep urgent_since on a recompute and clear it when the signal is no longer hoog', async () => {
      await addCases(6, { source: 'a', received: '2025-01-06', closed: '2025-05-01' });
      await addCases(4, { source: 'a', received: '2025-01-06', closed: '2025-01-06' });
      await refresh();
      const [first] = await sql<{ urgent_since: Date }>('SELECT urgent_since FROM signal');
      await refresh();
      const [again] = await sql<{ urgent_since: Date }>('SELECT urgent_since FROM signal');
      expect(again?.urgent_since).toEqual(first?.urgent_since);
      await sql(`UPDATE case_record SET closed_on = received_on WHERE id IN
                   (SELECT id FROM case_record WHERE closed_on = '2025-05-01' LIMIT 2)`);
      await refresh();
      expect(await sql('SELECT severity, urgent, urgent_since FROM signal')).toEqual([
        { severity: 'midden', urgent: false, urgent_since: null },
      ]);
    });
  });

  describe('recompute', () => {
    it('should keep id, status and first_seen_at, deactivate a vanished signal and revive it', async () => {
      await addCases(8, { source: 'a', received: '2025-01-06', closed: '2025-02-01', feedback: true });
      await addCases(2, { source: 'a', received: '2025-01-06', closed: '2025-02-01', feedback: false });
      await refresh();
      const [first] = await fired('geen_terugkoppeling');
      await sql(`UPDATE signal SET status = 'in_behandeling', status_note = 'loopt' WHERE id = $1`, [
        first?.id,
      ]);
      const [before] = await sql<{ first_seen_at: Date }>('SELECT first_seen_at FROM signal WHERE id = $1', [
        first?.id,
      ]);

      await refresh();
      await refresh();
      const again = await sql<{ id: string; status: string; status_note: string; first_seen_at: Date }>(
        'SELECT id::text, status, status_note, first_seen_at FROM signal',
      );
      expect(again).toEqual([
        {
          id: first?.id,
          status: 'in_behandeling',
          status_note: 'loopt',
          first_seen_at: before?.first_seen_at,
        },
      ]);
      const records = await sql<{ n: number }>('SELECT count(*)::integer AS n FROM signal_evidence_record');
      expect(records[0]?.n).toBe(2);

      await sql(`UPDATE case_record SET feedback_given = true`);
      await refresh();
      expect(await sql('SELECT active, status FROM signal')).toEqual([
        { active: false, status: 'in_behandeling' },
      ]);

      await sql(
        `UPDATE case_record SET feedback_given = false WHERE id IN (SELECT id FROM case_record LIMIT 3)`,
      );
      await refresh();
      expect(await sql('SELECT id::text, active, status FROM signal')).toEqual([
        { id: first?.id, active: true, status: 'in_behandeling' },
      ]);
    });

    it('should deactivate the signals of a disabled rule', async () => {
      await addCases(8, { source: 'a', received: '2025-01-06', closed: '2025-02-01', feedback: true });
      await addCases(2, { source: 'a', received: '2025-01-06', closed: '2025-02-01', feedback: false });
      await refresh();
      await sql(`UPDATE signal_rule SET enabled = false WHERE code = 'geen_terugkoppeling'`);
      try {
        await refresh();
        expect(await fired('geen_terugkoppeling')).toEqual([]);
      } finally {
        await sql(`UPDATE signal_rule SET enabled = true WHERE code = 'geen_terugkoppeling'`);
      }
    });
  });
});
