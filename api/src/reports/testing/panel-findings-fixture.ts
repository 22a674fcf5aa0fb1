import { Pool } from 'pg';

/**
 * A panel sample of 22 reviewed objection decisions in `municipality`: 12 Participatiewet decisions of
 * which 6 with a system error (norm "transparant" at stake), and 10 Wmo decisions of which 2 with a
 * system error. For the council the Wmo's 2 is withheld, and so is the Participatiewet's 6 (else the
 * total of 8 would give the 2 away); the total of 8 of 22 is published.
 */
export const PANEL_FIXTURE = {
  reviewed: 22,
  errors: 8,
  byLaw: [
    { law: 'participatiewet', domain: 'werk_inkomen', reviewed: 12, errors: 6 },
    { law: 'wmo', domain: 'wmo', reviewed: 10, errors: 2 },
  ],
} as const;

export async function seedPanelFindings(pool: Pool, municipality: string): Promise<void> {
  const sql = (text: string, params: unknown[] = []): Promise<{ rows: Record<string, unknown>[] }> =>
    pool.query(text, params);
  await sql(
    `INSERT INTO organisation (code, name, kind, municipality_code)
     VALUES ('juridisch-panel', 'Juridische zaken', 'gemeente', $1)`,
    [municipality],
  );
  await sql(
    `INSERT INTO import (municipality_code, file_name, sha256, profile, status)
     VALUES ($1, 'bezwaar-panel.tsv', repeat('a', 64), 'bezwaarbeslissingen', 'succeeded')`,
    [municipality],
  );
  await sql(
    `INSERT INTO app_user (username, display_name, role, municipality_code) VALUES ('panel-coordinator', 'Coördinator', 'college', $1)`,
    [municipality],
  );
  const user = (await sql(`SELECT id FROM app_user WHERE username = 'panel-coordinator'`)).rows[0]!.id;
  const sample = (
    await sql(
      `INSERT INTO panel_sample (municipality_code, title, seed, size, frame_count, drawn_by)
       VALUES ($1, 'Steekproef 2023', 'vast', $2, $2, $3) RETURNING id`,
      [municipality, PANEL_FIXTURE.reviewed, user],
    )
  ).rows[0]!.id;
  let position = 0;
  for (const group of PANEL_FIXTURE.byLaw) {
    for (let index = 0; index < group.reviewed; index++) {
      position++;
      const decision = (
        await sql(
          `INSERT INTO objection_decision (municipality_code, source_organisation_id, external_id, law, domain_code,
             objection_received_on, decided_on, outcome, import_id)
           VALUES ($1, (SELECT id FROM organisation WHERE code = 'juridisch-panel'), $2, $3, $4, '2023-02-01',
             '2023-03-15', 'ongegrond', (SELECT id FROM import WHERE file_name = 'bezwaar-panel.tsv'))
           RETURNING id`,
          [municipality, `PB-${position}`, group.law, group.domain],
        )
      ).rows[0]!.id;
      await sql(
        `INSERT INTO panel_sample_case (municipality_code, sample_id, decision_id, position, stratum, weight)
         VALUES ($1, $2, $3, $4, 'alle', 1)`,
        [municipality, sample, decision, position],
      );
      const error = index < group.errors;
      await sql(
        `INSERT INTO panel_review (municipality_code, sample_id, decision_id, user_id, system_error, norm_codes)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [municipality, sample, decision, user, error ? 'ja' : 'nee', error ? ['transparant'] : []],
      );
    }
  }
}
