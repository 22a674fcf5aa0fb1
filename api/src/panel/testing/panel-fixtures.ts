import { TestApp } from '../../testing/createTestApp';

export const PANEL_MUNICIPALITY = 'GM0001';

/** Laws of the fixture with their number of decisions: 60 + 40 + 20 = 120. */
export const FIXTURE_LAWS = [
  ['participatiewet', 'werk_inkomen', 60],
  ['wmo', 'wmo', 40],
  ['jeugdwet', 'jeugd', 20],
] as const;

export type Sql = (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

export function sqlOf(sut: TestApp): Sql {
  return (text, params = []) => sut.database.pool.query(text, params);
}

/** One municipality, the legal department as source (themes from the migrations) and 120 decided objection decisions in 2025. */
export async function seedPanelFixture(sql: Sql): Promise<void> {
  await sql(`INSERT INTO municipality (code, name) VALUES ($1, 'Leerstad')`, [PANEL_MUNICIPALITY]);
  await sql(
    `INSERT INTO organisation (code, name, kind) VALUES ('juridisch', 'Juridische zaken', 'gemeente')`,
  );
  let n = 0;
  for (const [law, domain, count] of FIXTURE_LAWS) {
    for (let i = 0; i < count; i += 1) {
      n += 1;
      const day = String(1 + (n % 28)).padStart(2, '0');
      const month = String(1 + (n % 12)).padStart(2, '0');
      await addDecision(sql, {
        externalId: `BZ-${n}`,
        law,
        domain,
        decidedOn: `2025-${month}-${day}`,
        batch: 'eerste',
      });
    }
  }
}

/** A decision as a later import adds it (its own import row). */
export async function addDecision(
  sql: Sql,
  decision: { externalId: string; law: string; domain: string; decidedOn: string; batch: string },
): Promise<void> {
  await sql(
    `INSERT INTO import (municipality_code, file_name, sha256, profile)
     SELECT $1, $2, md5($2) || md5($2), 'bezwaarbeslissingen'
      WHERE NOT EXISTS (SELECT 1 FROM import WHERE file_name = $2)`,
    [PANEL_MUNICIPALITY, `${decision.batch}.tsv`],
  );
  await sql(
    `INSERT INTO objection_decision (municipality_code, source_organisation_id, external_id, law, domain_code, theme_id,
       decision_type, primary_decision_on, objection_received_on, decided_on, advisory_committee, outcome,
       summary_redacted, import_id)
     VALUES ($1, (SELECT id FROM organisation WHERE code = 'juridisch'), $2, $3, $4,
       (SELECT id FROM theme WHERE code = CASE $3 WHEN 'participatiewet' THEN 'terugvordering'
                                                  WHEN 'wmo' THEN 'hulp_huishouden' END),
       'Afwijzing', $5::date - 60, $5::date - 40, $5::date, false, 'ongegrond',
       'Bezwaar tegen een afwijzing. Het besluit blijft in stand omdat [NAAM] geen nieuwe feiten aanvoert.',
       (SELECT id FROM import WHERE file_name = $6))`,
    [
      PANEL_MUNICIPALITY,
      decision.externalId,
      decision.law,
      decision.domain,
      decision.decidedOn,
      `${decision.batch}.tsv`,
    ],
  );
}

export const DRAW = `mutation ($input: DrawPanelSampleInput!) {
  drawPanelSample(input: $input) { id drawn frameCount strata { stratum drawn weight } }
}`;

export interface DrawnSample {
  drawPanelSample: {
    id: string;
    drawn: number;
    frameCount: number;
    strata: { stratum: string; drawn: number; weight: number }[];
  };
}

export async function drawnIds(sql: Sql, sampleId: string): Promise<string[]> {
  const { rows } = await sql(
    `SELECT decision_id::text AS id FROM panel_sample_case WHERE sample_id = $1 ORDER BY decision_id`,
    [sampleId],
  );
  return rows.map((row) => String(row.id));
}

export async function userId(sql: Sql, username: string): Promise<number> {
  const { rows } = await sql(`SELECT id FROM app_user WHERE username = $1`, [username]);
  return Number(rows[0]!.id);
}
