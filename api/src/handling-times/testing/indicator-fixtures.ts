import { Pool } from 'pg';

/** Small fixture builders shared by the indicator-family tests (real PostgreSQL). */

export const MUNICIPALITY = 'GM0001';

export async function seedIndicatorBasics(pool: Pool): Promise<void> {
  await pool.query(`INSERT INTO municipality (code, name) VALUES ('GM0001', 'Leerstad')`);
  await pool.query(
    `INSERT INTO organisation (code, name, kind, municipality_code) VALUES
       ('GEM', 'Gemeente Leerstad', 'gemeente', 'GM0001'),
       ('ZORG-A', 'Zorg A', 'aanbieder', 'GM0001'),
       ('ZORG-B', 'Zorg B', 'aanbieder', 'GM0001'),
       ('NO', 'Nationale ombudsman', 'ombudsman', NULL)`,
  );
  await pool.query(
    `INSERT INTO import (municipality_code, file_name, sha256, profile, status, finished_at)
     VALUES ('GM0001', 'fixture.csv', $1, 'test', 'succeeded', '2025-07-01T10:00:00Z')`,
    ['f'.repeat(64)],
  );
}

export interface CaseFixture {
  source?: string;
  subject?: string | null;
  kind?: string;
  domain?: string;
  theme?: string | null;
  line?: string;
  route?: string;
  received: string;
  closed?: string | null;
  extended?: boolean;
  externalCommittee?: boolean;
  outcome?: string;
  measures?: string[];
  recommendationMade?: boolean | null;
  recommendationFollowed?: boolean | null;
  subjectKey?: string | null;
  count?: number;
}

let sequence = 0;

export async function insertCases(pool: Pool, fixture: CaseFixture): Promise<void> {
  for (let index = 0; index < (fixture.count ?? 1); index += 1) {
    sequence += 1;
    await pool.query(
      `INSERT INTO case_record (municipality_code, source_organisation_id, subject_organisation_id, external_id,
         kind, domain_code, theme_id, line, route, received_on, closed_on, extended, external_committee, outcome,
         measures, recommendation_made, recommendation_followed, subject_key, import_id)
       VALUES ('GM0001', (SELECT id FROM organisation WHERE code = $1), (SELECT id FROM organisation WHERE code = $2),
         $3, $4, $5, (SELECT id FROM theme WHERE code = $6), $7, $8, $9::date, $10::date, $11, $12, $13, $14, $15,
         $16, $17, (SELECT min(id) FROM import))`,
      [
        fixture.source ?? 'GEM',
        fixture.subject ?? null,
        `case-${sequence}`,
        fixture.kind ?? 'klacht',
        fixture.domain ?? 'wmo',
        fixture.theme ?? null,
        fixture.line ?? 'eerste_lijn_gemeente',
        fixture.route ?? 'formeel',
        fixture.received,
        fixture.closed ?? null,
        fixture.extended ?? false,
        fixture.externalCommittee ?? false,
        fixture.outcome ?? 'onbekend',
        fixture.measures ?? [],
        fixture.recommendationMade ?? null,
        fixture.recommendationFollowed ?? null,
        fixture.subjectKey ?? null,
      ],
    );
  }
}

export interface ObjectionFixture {
  law?: string;
  domain?: string;
  theme?: string | null;
  received: string;
  decided?: string | null;
  advisoryCommittee?: boolean;
  extended?: boolean;
  outcome?: string;
  subjectKey?: string | null;
  count?: number;
}

export async function insertObjections(pool: Pool, fixture: ObjectionFixture): Promise<void> {
  for (let index = 0; index < (fixture.count ?? 1); index += 1) {
    sequence += 1;
    await pool.query(
      `INSERT INTO objection_decision (municipality_code, source_organisation_id, external_id, law, domain_code,
         theme_id, objection_received_on, decided_on, advisory_committee, extended, outcome, subject_key, import_id)
       VALUES ('GM0001', (SELECT id FROM organisation WHERE code = 'GEM'), $1, $2, $3,
         (SELECT id FROM theme WHERE code = $4), $5::date, $6::date, $7, $8, $9, $10, (SELECT min(id) FROM import))`,
      [
        `obj-${sequence}`,
        fixture.law ?? 'Wmo 2015',
        fixture.domain ?? 'wmo',
        fixture.theme ?? null,
        fixture.received,
        fixture.decided ?? null,
        fixture.advisoryCommittee ?? false,
        fixture.extended ?? false,
        fixture.outcome ?? (fixture.decided ? 'ongegrond' : 'lopend'),
        fixture.subjectKey ?? null,
      ],
    );
  }
}

/** ISO date `days` after `iso`. */
export function plusDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
