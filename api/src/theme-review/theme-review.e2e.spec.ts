import { createTestApp, TestApp } from '../testing/createTestApp';
import { AUDIT_SAMPLE_EVERY } from './theme-review.repository';

const QUEUE = `query { themeReviewQueue(limit: 50) {
  totalCount
  items { recordId reason suggestedThemeCode suggestedThemeLabel confidence ruleThemeLabel evidence textRedacted
          highlights { start end } }
} }`;
const DECIDE = `mutation ($input: DecideThemeReviewInput!) { decideThemeReview(input: $input) }`;
const WEEKS = `query { themeReviewWeeks { week decided agreement sampled sampleAccuracy } }`;

interface Item {
  recordId: string;
  reason: string;
  suggestedThemeCode: string;
  ruleThemeLabel: string | null;
  evidence: string[];
  textRedacted: string;
  highlights: { start: number; end: number }[];
}
interface Queue {
  themeReviewQueue: { totalCount: number; items: Item[] };
}

describe('theme review queue (GraphQL, real PostgreSQL)', () => {
  let sut: TestApp;
  const sql = (text: string, params: unknown[] = []): Promise<{ rows: Record<string, unknown>[] }> =>
    sut.database.pool.query(text, params);

  /** A record with a classifier suggestion; primary when at or above the threshold. */
  async function record(
    external: string,
    text: string,
    theme: string,
    confidence: number,
    primary: boolean,
    ruleTheme: string | null,
    evidence: string[],
  ): Promise<string> {
    const { rows } = await sql(
      `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, theme_id,
         line, received_on, text_redacted, import_id)
       VALUES ('GM0001', (SELECT id FROM organisation WHERE code = 'GEM'), $1, 'klacht', 'wmo',
         CASE WHEN $4 THEN (SELECT id FROM theme WHERE code = $3) END, 'eerste_lijn_gemeente', '2025-03-10', $2,
         (SELECT id FROM import))
       RETURNING id::text AS id`,
      [external, text, theme, primary],
    );
    const id = String(rows[0]?.id);
    await sql(
      `INSERT INTO case_theme (municipality_code, case_id, theme_id, is_primary, assigned_by, confidence, evidence,
         rule_theme_id)
       VALUES ('GM0001', $1, (SELECT id FROM theme WHERE code = $2), $3, 'classificatie', $4, $5,
         (SELECT id FROM theme WHERE code = $6))`,
      [id, theme, primary, confidence, evidence, ruleTheme],
    );
    return `GM0001:${id}`;
  }

  let below: string;
  let disagree: string;
  let agreed: string[];

  beforeAll(async () => {
    sut = await createTestApp();
    await sql(`INSERT INTO municipality (code, name) VALUES ('GM0001', 'Leerstad')`);
    await sql(`INSERT INTO organisation (code, name, kind) VALUES ('GEM', 'Gemeente Leerstad', 'gemeente')`);
    await sql(
      `INSERT INTO import (municipality_code, file_name, sha256, profile) VALUES ('GM0001', 't.csv', $1, 'test')`,
      ['c'.repeat(64)],
    );
    below = await record('B-1', 'De Lusbus stond er weer niet.', 'vervoer', 0.31, false, null, ['Lusbus']);
    disagree = await record(
      'D-1',
      'De chauffeur was grof tegen mijn moeder.',
      'bejegening',
      0.8,
      true,
      'vervoer',
      ['grof'],
    );
    // Agreed, confident suggestions: only the audit sample (1 in AUDIT_SAMPLE_EVERY by hash) is queued.
    agreed = [];
    for (let n = 0; n < 3 * AUDIT_SAMPLE_EVERY; n++) {
      agreed.push(
        await record(`A-${n}`, 'Mijn rolstoel is kapot.', 'hulpmiddelen', 0.9, true, 'hulpmiddelen', [
          'rolstoel',
        ]),
      );
    }
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should queue suggestions below the threshold and disagreements first, then an audit sample', async () => {
    const session = await sut.login('beleid');
    const result = await session.graphql<Queue>(QUEUE);
    expect(result.errors).toBeUndefined();
    const { items, totalCount } = result.data!.themeReviewQueue;
    expect(items[0]).toMatchObject({
      recordId: below,
      reason: 'onder_drempel',
      suggestedThemeCode: 'vervoer',
    });
    expect(items[1]).toMatchObject({ recordId: disagree, reason: 'onenigheid', ruleThemeLabel: 'Vervoer' });
    const sampled = items.filter((item) => item.reason === 'steekproef');
    expect(sampled.length).toBeGreaterThan(0);
    expect(sampled.length).toBeLessThan(agreed.length / 2);
    expect(totalCount).toBe(items.length);
    const first = items[0]!;
    expect(first.highlights.map((span) => first.textRedacted.slice(span.start, span.end))).toEqual([
      'Lusbus',
    ]);
  });

  it('should refuse the queue to other roles', async () => {
    for (const role of ['raad', 'college', 'beheer'] as const) {
      const result = await (await sut.login(role)).graphql<Queue>(QUEUE);
      expect(result.errors?.[0]?.message).toMatch(/toegang|Forbidden/i);
    }
  });

  it('should store a decision as the record theme, take it out of the queue and audit it', async () => {
    const session = await sut.login('beleid');
    const other = await session.graphql(DECIDE, {
      input: { recordId: disagree, decision: 'ander_thema', themeCode: 'vervoer' },
    });
    expect(other.errors).toBeUndefined();
    const accept = await session.graphql(DECIDE, { input: { recordId: below, decision: 'geaccepteerd' } });
    expect(accept.errors).toBeUndefined();
    const { rows } = await sql(
      `SELECT c.external_id, t.code FROM case_record c LEFT JOIN theme t ON t.id = c.theme_id
       WHERE c.external_id IN ('B-1', 'D-1') ORDER BY 1`,
    );
    expect(rows).toEqual([
      { external_id: 'B-1', code: 'vervoer' },
      { external_id: 'D-1', code: 'vervoer' },
    ]);
    const reviews = await sql(`SELECT reason, decision FROM theme_review ORDER BY reason`);
    expect(reviews.rows).toEqual([
      { reason: 'onder_drempel', decision: 'geaccepteerd' },
      { reason: 'onenigheid', decision: 'ander_thema' },
    ]);
    const queue = (await session.graphql<Queue>(QUEUE)).data!.themeReviewQueue;
    expect(queue.items.map((item) => item.recordId)).not.toContain(below);
    const again = await session.graphql(DECIDE, { input: { recordId: below, decision: 'geen_thema' } });
    expect(again.errors?.[0]?.message).toContain('niet (meer) in de wachtrij');
    const audit = await sql(
      `SELECT count(*)::integer AS n FROM audit_log WHERE action = 'theme_review.decide' AND role = 'beleid'`,
    );
    expect(audit.rows[0]).toEqual({ n: 2 });
  });

  it('should mark a sampled record as having no theme and count agreement per week', async () => {
    const session = await sut.login('beleid');
    const sampled = (await session.graphql<Queue>(QUEUE)).data!.themeReviewQueue.items.find(
      (item) => item.reason === 'steekproef',
    )!;
    const none = await session.graphql(DECIDE, {
      input: { recordId: sampled.recordId, decision: 'geen_thema' },
    });
    expect(none.errors).toBeUndefined();
    const weeks = await session.graphql<{ themeReviewWeeks: Record<string, number | null>[] }>(WEEKS);
    expect(weeks.data!.themeReviewWeeks).toEqual([
      expect.objectContaining({ decided: 3, agreement: 1 / 3, sampled: 1, sampleAccuracy: 0 }),
    ]);
  });
});
