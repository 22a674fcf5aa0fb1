import { hashPassword } from '../auth/auth.service';
import {
  createTestApp,
  GraphQLResult,
  logInOverHttp,
  TEST_PASSWORD,
  TestApp,
  TestSession,
} from '../testing/createTestApp';
import {
  addDecision,
  DRAW,
  DrawnSample,
  drawnIds,
  PANEL_MUNICIPALITY,
  seedPanelFixture,
  Sql,
  sqlOf,
  userId,
} from './testing/panel-fixtures';

const FRAME_2025 = { decidedFrom: '2025-01-01', decidedTo: '2025-12-31' };
const ASSIGN = `mutation ($id: ID!, $users: [Int!]!) { assignPanelMembers(sampleId: $id, userIds: $users) { id members { userId assigned } } }`;
const CASES = `query ($sampleId: ID) { panelCases(sampleId: $sampleId) { sampleId decisionId lawLabel summaryRedacted termMet } }`;
const CASE = `query ($s: ID!, $d: ID!) { panelCase(sampleId: $s, decisionId: $d) { decisionId } }`;
const SAVE = `mutation ($input: SavePanelReviewInput!) { savePanelReview(input: $input) { systemError normCodes reasonable reasonableExplanation } }`;
const FINDINGS = `query ($sampleId: ID) { panelFindings(sampleId: $sampleId) {
  weighted total { reviewed reviewedSuppressed count countSuppressed share lower upper fewCases }
  byLaw { key reviewed count share } byNorm { key count }
  agreement { pairs observedAgreement kappa } confirmed } }`;

interface FindingsData {
  panelFindings: {
    weighted: boolean;
    total: {
      reviewed: number | null;
      reviewedSuppressed: boolean;
      count: number | null;
      countSuppressed: boolean;
      share: number | null;
      lower: number | null;
      upper: number | null;
      fewCases: boolean;
    };
    byLaw: { key: string; reviewed: number | null; count: number | null; share: number | null }[];
    byNorm: { key: string; count: number | null }[];
    agreement: { pairs: number | null; observedAgreement: number | null; kappa: number | null };
    confirmed: number | null;
  };
}

function data<T>(result: GraphQLResult<T>): T {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe('citizens panel (GraphQL)', () => {
  let sut: TestApp;
  let sql: Sql;
  let beheer: TestSession;
  let college: TestSession;
  let memberA: TestSession;
  let memberB: TestSession;
  let memberAId: number;
  let memberBId: number;

  const draw = async (
    session: TestSession,
    input: Record<string, unknown>,
  ): Promise<DrawnSample['drawPanelSample']> =>
    data(await session.graphql<DrawnSample>(DRAW, { input: { reviewersPerCase: 1, ...input } }))
      .drawPanelSample;

  const assignedIds = async (sampleId: string, user: number): Promise<string[]> =>
    (
      await sql(
        `SELECT decision_id::text AS id FROM panel_assignment WHERE sample_id = $1 AND user_id = $2 ORDER BY decision_id`,
        [sampleId, user],
      )
    ).rows.map((row) => String(row.id));

  beforeAll(async () => {
    sut = await createTestApp();
    sql = sqlOf(sut);
    await seedPanelFixture(sql);
    beheer = await sut.login('beheer');
    college = await sut.login('college');
    memberA = await sut.login('panel');
    await sql(
      `INSERT INTO app_user (username, display_name, password_hash, role) VALUES ('panel-b', 'Lid B', $1, 'panel')`,
      [await hashPassword(TEST_PASSWORD)],
    );
    const cookie = await logInOverHttp(`${sut.baseUrl}/graphql`, 'panel-b', TEST_PASSWORD);
    memberB = {
      cookie,
      graphql: async <T>(query: string, variables?: Record<string, unknown>) =>
        (await (await sut.post({ query, variables }, { cookie })).json()) as GraphQLResult<T>,
    };
    memberAId = await userId(sql, 'test-panel');
    memberBId = await userId(sql, 'panel-b');
  });

  afterAll(async () => {
    await sut?.close();
  });

  describe('sampling', () => {
    it('should draw the same decisions with the same frame, size and seed, and others with another seed', async () => {
      const first = await draw(beheer, { title: 'A', frame: FRAME_2025, size: 20, seed: 'voorjaar-2026' });
      const again = await draw(college, { title: 'B', frame: FRAME_2025, size: 20, seed: 'voorjaar-2026' });
      const other = await draw(beheer, { title: 'C', frame: FRAME_2025, size: 20, seed: 'ander-zaad' });
      expect(first.frameCount).toBe(120);
      expect(await drawnIds(sql, first.id)).toHaveLength(20);
      expect(await drawnIds(sql, again.id)).toEqual(await drawnIds(sql, first.id));
      expect(await drawnIds(sql, other.id)).not.toEqual(await drawnIds(sql, first.id));
    });

    it('should keep the stored sample and draw the same again after a later import adds decisions', async () => {
      const before = await draw(beheer, { title: 'Voor', frame: {}, size: 15, seed: 's1' });
      const inPeriod = await draw(beheer, { title: 'Periode', frame: FRAME_2025, size: 15, seed: 's1' });
      for (let i = 0; i < 40; i += 1) {
        await addDecision(sql, {
          externalId: `LATER-${i}`,
          law: 'wmo',
          domain: 'wmo',
          decidedOn: '2026-02-02',
          batch: 'later',
        });
      }
      const check = `query ($id: ID!) { panelSampleRedrawCheck(id: $id) { identical frameCountNow onlyInRedraw onlyInStored } }`;
      type Check = {
        panelSampleRedrawCheck: {
          identical: boolean;
          frameCountNow: number;
          onlyInRedraw: number;
          onlyInStored: number;
        };
      };
      // The frame of 2025 does not hold the new decisions: a redraw gives exactly the stored ids.
      expect(data(await beheer.graphql<Check>(check, { id: inPeriod.id })).panelSampleRedrawCheck).toEqual({
        identical: true,
        frameCountNow: 120,
        onlyInRedraw: 0,
        onlyInStored: 0,
      });
      const redrawn = await draw(beheer, { title: 'Opnieuw', frame: FRAME_2025, size: 15, seed: 's1' });
      expect(await drawnIds(sql, redrawn.id)).toEqual(await drawnIds(sql, inPeriod.id));
      // Without a period the new decisions are in the frame; only those that rank in replace others.
      const open = data(await beheer.graphql<Check>(check, { id: before.id })).panelSampleRedrawCheck;
      expect(open.frameCountNow).toBe(160);
      expect(open.onlyInRedraw).toBe(open.onlyInStored);
      const later = await draw(beheer, { title: 'Na import', frame: {}, size: 15, seed: 's1' });
      const laterIds = await drawnIds(sql, later.id);
      const { rows } = await sql(
        `SELECT id::text AS id FROM objection_decision WHERE external_id LIKE 'LATER-%'`,
      );
      const newIds = new Set(rows.map((row) => String(row.id)));
      const storedBefore = await drawnIds(sql, before.id);
      expect(laterIds.filter((id) => !storedBefore.includes(id)).every((id) => newIds.has(id))).toBe(true);
      // The stored sample itself never changes.
      expect(await drawnIds(sql, before.id)).toHaveLength(15);
    });

    it('should keep the proportions of the strata, or draw equal strata with weights', async () => {
      const proportional = await draw(beheer, {
        title: 'Prop',
        frame: FRAME_2025,
        size: 30,
        seed: 'p',
        stratifyBy: 'law',
        allocation: 'proportioneel',
      });
      expect(proportional.strata).toEqual([
        { stratum: 'jeugdwet', drawn: 5, weight: 4 },
        { stratum: 'participatiewet', drawn: 15, weight: 4 },
        { stratum: 'wmo', drawn: 10, weight: 4 },
      ]);
      const equal = await draw(beheer, {
        title: 'Gelijk',
        frame: FRAME_2025,
        size: 30,
        seed: 'p',
        stratifyBy: 'law',
        allocation: 'gelijk',
      });
      expect(equal.strata).toEqual([
        { stratum: 'jeugdwet', drawn: 10, weight: 2 },
        { stratum: 'participatiewet', drawn: 10, weight: 6 },
        { stratum: 'wmo', drawn: 10, weight: 4 },
      ]);
    });

    it('should store who drew the sample and audit it', async () => {
      const sample = await draw(college, { title: 'Audit', frame: FRAME_2025, size: 5, seed: 'audit' });
      const { rows } = await sql(
        `SELECT username, details->>'seed' AS seed FROM audit_log WHERE action = 'panel_sample.draw' AND entity_id = $1`,
        [sample.id],
      );
      expect(rows).toEqual([{ username: 'test-college', seed: 'audit' }]);
      const shown = data(
        await college.graphql<{ panelSample: { drawnByName: string; frame: { description: string } } }>(
          `query ($id: ID!) { panelSample(id: $id) { drawnByName frame { description } } }`,
          { id: sample.id },
        ),
      ).panelSample;
      expect(shown).toEqual({
        drawnByName: 'Test college',
        frame: { description: 'Beslist van 2025-01-01 tot en met 2025-12-31' },
      });
    });

    it('should refuse drawing to a panel member and to raad', async () => {
      for (const session of [memberA, await sut.login('raad')]) {
        const result = await session.graphql(DRAW, {
          input: { title: 'X', frame: {}, size: 5, seed: 'x', reviewersPerCase: 1 },
        });
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    });
  });

  describe('authorisation of panel members', () => {
    let sampleA: string;
    let sampleB: string;
    let casesA: string[];
    let casesB: string[];

    beforeAll(async () => {
      sampleA = (await draw(beheer, { title: 'Voor A', frame: FRAME_2025, size: 12, seed: 'auth-a' })).id;
      sampleB = (await draw(beheer, { title: 'Voor B', frame: FRAME_2025, size: 12, seed: 'auth-b' })).id;
      data(await beheer.graphql(ASSIGN, { id: sampleA, users: [memberAId] }));
      data(await beheer.graphql(ASSIGN, { id: sampleB, users: [memberBId] }));
      casesA = await assignedIds(sampleA, memberAId);
      casesB = await assignedIds(sampleB, memberBId);
    });

    it('should list only the samples and cases assigned to the member', async () => {
      const samples = data(
        await memberA.graphql<{ panelSamples: { id: string }[] }>(`{ panelSamples { id } }`),
      ).panelSamples;
      expect(samples.map((sample) => sample.id)).toEqual([sampleA]);
      const all = data(
        await memberA.graphql<{ panelCases: { sampleId: string; decisionId: string }[] }>(CASES, {}),
      ).panelCases;
      expect(all.every((c) => c.sampleId === sampleA)).toBe(true);
      expect(all.map((c) => c.decisionId).sort()).toEqual([...casesA].sort());
      const other = data(
        await memberA.graphql<{ panelCases: unknown[] }>(CASES, { sampleId: sampleB }),
      ).panelCases;
      expect(other).toEqual([]);
    });

    it('should refuse another sample, a case of another sample and saving on it', async () => {
      expect(
        (await memberA.graphql(`query ($id: ID!) { panelSample(id: $id) { id } }`, { id: sampleB }))
          .errors?.[0]?.extensions?.code,
      ).toBe('NOT_FOUND');
      const foreign = casesB.find((id) => !casesA.includes(id))!;
      expect((await memberA.graphql(CASE, { s: sampleB, d: foreign })).errors?.[0]?.extensions?.code).toBe(
        'NOT_FOUND',
      );
      expect((await memberA.graphql(CASE, { s: sampleA, d: foreign })).errors?.[0]?.extensions?.code).toBe(
        'NOT_FOUND',
      );
      const save = await memberA.graphql(SAVE, {
        input: { sampleId: sampleB, decisionId: foreign, systemError: 'ja' },
      });
      expect(save.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(
        (await sql(`SELECT count(*)::integer AS n FROM panel_review WHERE user_id = $1`, [memberAId]))
          .rows[0]!.n,
      ).toBe(0);
      expect(
        (
          await memberA.graphql(`query ($id: ID!) { panelSampleRedrawCheck(id: $id) { identical } }`, {
            id: sampleB,
          })
        ).errors?.[0]?.extensions?.code,
      ).toBe('FORBIDDEN');
    });

    it('should keep findings of another sample out of a member’s aggregates, and hide one reviewed case', async () => {
      // Member B reviews 6 cases of sample B; member A reviews one of sample A.
      for (const decisionId of casesB.slice(0, 6)) {
        data(await memberB.graphql(SAVE, { input: { sampleId: sampleB, decisionId, systemError: 'ja' } }));
      }
      data(
        await memberA.graphql(SAVE, {
          input: { sampleId: sampleA, decisionId: casesA[0], systemError: 'ja' },
        }),
      );
      for (const sampleId of [null, sampleB]) {
        const findings = data(await memberA.graphql<FindingsData>(FINDINGS, { sampleId })).panelFindings;
        // Only A's one case counts, and a count of 1 is withheld: nothing can be filtered down to a case.
        expect(findings.total).toMatchObject({ reviewedSuppressed: sampleId === null, share: null });
        expect(findings.total.reviewed).toBe(sampleId === null ? null : 0);
        expect(findings.byLaw.every((row) => row.reviewed === null || row.reviewed === 0)).toBe(true);
      }
      const mine = data(await memberB.graphql<FindingsData>(FINDINGS, { sampleId: sampleB })).panelFindings;
      expect(mine.total).toMatchObject({ reviewed: 6, count: 6 });
    });

    it('should refuse case-level queries to raad and beleid', async () => {
      for (const role of ['raad', 'beleid'] as const) {
        const session = await sut.login(role);
        expect((await session.graphql(CASES, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(
          (await session.graphql(CASE, { s: sampleA, d: casesA[0] })).errors?.[0]?.extensions?.code,
        ).toBe('FORBIDDEN');
        expect((await session.graphql(`{ panelSamples { id } }`)).errors?.[0]?.extensions?.code).toBe(
          'FORBIDDEN',
        );
      }
    });

    it('should audit every read of a case and save per field, redacting the explanation', async () => {
      const decisionId = casesA[1]!;
      data(await memberA.graphql(CASE, { s: sampleA, d: decisionId }));
      const audited = await sql(
        `SELECT count(*)::integer AS n FROM audit_log WHERE action = 'panel_case.read' AND entity_id = $1`,
        [decisionId],
      );
      expect(audited.rows[0]!.n).toBe(1);
      data(
        await memberA.graphql(SAVE, { input: { sampleId: sampleA, decisionId, systemError: 'onduidelijk' } }),
      );
      data(
        await memberA.graphql(SAVE, {
          input: { sampleId: sampleA, decisionId, normCodes: ['goede_motivering', 'maatwerk'] },
        }),
      );
      const saved = data(
        await memberA.graphql<{ savePanelReview: Record<string, unknown> }>(SAVE, {
          input: {
            sampleId: sampleA,
            decisionId,
            reasonable: 'nee',
            reasonableExplanation: 'Bel mevrouw op 06-12345678 terug',
          },
        }),
      ).savePanelReview;
      expect(saved).toEqual({
        systemError: 'onduidelijk',
        normCodes: ['goede_motivering', 'maatwerk'],
        reasonable: 'nee',
        reasonableExplanation: 'Bel mevrouw op [TELEFOON] terug',
      });
    });
  });

  describe('findings, agreement and signals', () => {
    let sampleId: string;
    let cases: string[];

    beforeAll(async () => {
      sampleId = (
        await draw(beheer, {
          title: 'Dubbel',
          frame: { laws: ['participatiewet'] },
          size: 10,
          seed: 'k',
          reviewersPerCase: 2,
        })
      ).id;
      data(await beheer.graphql(ASSIGN, { id: sampleId, users: [memberAId, memberBId] }));
      cases = await drawnIds(sql, sampleId);
      // A constructed pair: 4 ja/ja, 3 nee/nee, ja/nee, nee/ja, onduidelijk/nee (kappa 0.25 / 0.55).
      const answers: [string, string][] = [
        ['ja', 'ja'],
        ['ja', 'ja'],
        ['ja', 'ja'],
        ['ja', 'ja'],
        ['nee', 'nee'],
        ['nee', 'nee'],
        ['nee', 'nee'],
        ['ja', 'nee'],
        ['nee', 'ja'],
        ['onduidelijk', 'nee'],
      ];
      for (const [index, decisionId] of cases.entries()) {
        const [a, b] = answers[index]!;
        data(
          await memberA.graphql(SAVE, {
            input: { sampleId, decisionId, systemError: a, normCodes: index < 2 ? ['maatwerk'] : [] },
          }),
        );
        data(await memberB.graphql(SAVE, { input: { sampleId, decisionId, systemError: b } }));
      }
    });

    it('should give shares and Wilson intervals on a known set', async () => {
      const beleid = await sut.login('beleid');
      const findings = data(await beleid.graphql<FindingsData>(FINDINGS, { sampleId })).panelFindings;
      // 4 of 10 cases with both reviewers saying ja.
      expect(findings.total).toMatchObject({ reviewed: 10, count: 4, fewCases: true });
      expect(findings.total.share).toBeCloseTo(0.4, 6);
      expect(findings.total.lower).toBeCloseTo(0.1682, 3);
      expect(findings.total.upper).toBeCloseTo(0.6873, 3);
      expect(findings.byLaw).toEqual([{ key: 'participatiewet', reviewed: 10, count: 4, share: 0.4 }]);
      expect(findings.byNorm.find((row) => row.key === 'maatwerk')?.count).toBe(2);
      expect(findings.byNorm.find((row) => row.key === 'betrokken_en_oplossingsgericht')?.count).toBe(2);
      expect(findings.weighted).toBe(false);
    });

    it("should show Cohen's kappa of the two members", async () => {
      const findings = data(await college.graphql<FindingsData>(FINDINGS, { sampleId })).panelFindings;
      expect(findings.agreement.pairs).toBe(10);
      expect(findings.agreement.observedAgreement).toBeCloseTo(0.7, 6);
      expect(findings.agreement.kappa).toBeCloseTo(0.25 / 0.55, 6);
    });

    it('should turn a confirmed system error into a signal', async () => {
      const decisionId = cases[0]!;
      const confirm = `mutation ($s: ID!, $d: ID!) { confirmPanelSystemError(sampleId: $s, decisionId: $d, confirmed: true, note: "Koppeling UWV") { confirmed } }`;
      expect(
        data(
          await beheer.graphql<{ confirmPanelSystemError: { confirmed: boolean } }>(confirm, {
            s: sampleId,
            d: decisionId,
          }),
        ),
      ).toEqual({
        confirmPanelSystemError: { confirmed: true },
      });
      const beleid = await sut.login('beleid');
      const signals = data(
        await beleid.graphql<{
          signals: {
            ruleCode: string;
            law: string | null;
            score: number;
            evidenceRecords: { recordId: string }[];
          }[];
        }>(
          `{ signals(filter: { ruleCodes: ["panel_systeemfout"] }) { ruleCode law score evidenceRecords { recordId } } }`,
        ),
      ).signals;
      expect(signals).toEqual([
        {
          ruleCode: 'panel_systeemfout',
          law: 'participatiewet',
          score: 1,
          evidenceRecords: [{ recordId: decisionId }],
        },
      ]);
      // A case no member saw an error in cannot be confirmed.
      const none = await beheer.graphql(confirm, { s: sampleId, d: cases[4] });
      expect(none.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('should let the panel add its finding to an existing signal', async () => {
      const { rows } = await sql(`SELECT id::text AS id FROM signal WHERE rule_code = 'panel_systeemfout'`);
      const add = `mutation ($id: ID!) { addPanelSignalFinding(signalId: $id, finding: "Ook gezien bij 0612345678") { finding signalLabel } }`;
      const added = data(
        await memberA.graphql<{ addPanelSignalFinding: { finding: string; signalLabel: string } }>(add, {
          id: rows[0]!.id,
        }),
      );
      expect(added.addPanelSignalFinding.finding).toBe('Ook gezien bij [TELEFOON]');
      const listed = data(
        await college.graphql<{ panelSignalFindings: { finding: string }[] }>(
          `{ panelSignalFindings { finding } }`,
        ),
      );
      expect(listed.panelSignalFindings).toEqual([{ finding: 'Ook gezien bij [TELEFOON]' }]);
    });
  });

  it('should scope every sample to the municipality of the fixture', async () => {
    const { rows } = await sql(`SELECT DISTINCT municipality_code FROM panel_sample`);
    expect(rows).toEqual([{ municipality_code: PANEL_MUNICIPALITY }]);
  });
});
