import type { PoolClient } from 'pg';
import { copyBoolean, copyText } from '../load/copy';
import type { ThemeQuestion } from '../load/themes';
import type { FieldValue } from '../transform/row-mapper';
import {
  type Duplicate,
  duplicatesByKey,
  type MergeContext,
  type MergeResult,
  type RollupFeed,
  TargetImporter,
} from './importer';

const COMPARED = [
  'law',
  'domain_code',
  'theme_id',
  'decision_type',
  'primary_decision_on',
  'objection_received_on',
  'decided_on',
  'advisory_committee',
  'extended',
  'outcome',
  'summary_redacted',
  'subject_key',
];

const OBJECTION_EXCLUDED_THEMES = ['besluitvorming'];

/** Beslissingen op bezwaar -> objection_decision. The theme comes from the source, else the classifier. */
export class ObjectionDecisionImporter extends TargetImporter {
  readonly target = 'objection_decision' as const;
  readonly organisationColumns = ['source_organisation_id'];
  readonly duplicateField = 'external_id';
  readonly factTables = ['objection_decision'];
  protected readonly columns = [
    ['source_organisation_id', 'integer'],
    ['external_id', 'text'],
    ['law', 'text'],
    ['domain_code', 'text'],
    ['theme_id', 'integer'],
    ['decision_type', 'text'],
    ['primary_decision_on', 'date'],
    ['objection_received_on', 'date'],
    ['decided_on', 'date'],
    ['advisory_committee', 'boolean'],
    ['extended', 'boolean'],
    ['outcome', 'text'],
    ['summary_redacted', 'text'],
    ['subject_key', 'text'],
  ] as const;

  private readonly i = {
    source: this.mapper.index('source_organisation'),
    externalId: this.mapper.index('external_id'),
    law: this.mapper.index('law'),
    domain: this.mapper.index('domain'),
    theme: this.mapper.index('theme'),
    decisionType: this.mapper.index('decision_type'),
    primaryDecisionOn: this.mapper.index('primary_decision_on'),
    receivedOn: this.mapper.index('objection_received_on'),
    decidedOn: this.mapper.index('decided_on'),
    advisoryCommittee: this.mapper.index('advisory_committee'),
    extended: this.mapper.index('extended'),
    outcome: this.mapper.index('outcome'),
    subject: this.mapper.index('subject'),
    summary: this.mapper.index('summary'),
  };

  /**
   * An objection is about the decision objected to: its type ("Afwijzing scootmobiel") under its law
   * decides the theme; the summary only when the type says nothing. Never `besluitvorming`: every
   * objection is about a decision, and summaries share stock phrases ("het primaire besluit wordt
   * gehandhaafd") that would otherwise put most of them there.
   */
  private themeOfObjection(
    decisionType: string | null,
    summary: string | null,
    domain: string,
  ): number | null {
    for (const text of [decisionType, summary]) {
      const suggestion = this.themes.classify(text, domain, OBJECTION_EXCLUDED_THEMES);
      if (suggestion?.accepted) return suggestion.themeId;
    }
    return null;
  }

  /** Both texts themeOfObjection may classify (the summary is only needed when the type says nothing). */
  override themeQuestions(v: FieldValue[]): ThemeQuestion[] {
    if (v[this.i.theme] !== null) return [];
    const domain = v[this.i.domain] as string;
    return [v[this.i.decisionType] as string | null, v[this.i.summary] as string | null]
      .filter((text): text is string => text !== null && text !== '')
      .map((text) => ({ text, domain, excludedThemes: OBJECTION_EXCLUDED_THEMES }));
  }

  line(v: FieldValue[], rowNumber: number): string {
    const i = this.i;
    const summary = v[i.summary] as string | null;
    let themeId = v[i.theme] as number | null;
    themeId ??= this.themeOfObjection(v[i.decisionType] as string | null, summary, v[i.domain] as string);
    return (
      `${rowNumber}\t${v[i.source] as number}\t${copyText(v[i.externalId] as string)}\t${v[i.law] as string}\t` +
      `${v[i.domain] as string}\t${themeId ?? '\\N'}\t${copyText(v[i.decisionType] as string | null)}\t` +
      `${copyText(v[i.primaryDecisionOn] as string | null)}\t${v[i.receivedOn] as string}\t` +
      `${copyText(v[i.decidedOn] as string | null)}\t${copyBoolean((v[i.advisoryCommittee] as boolean | null) ?? false)}\t` +
      `${copyBoolean((v[i.extended] as boolean | null) ?? false)}\t${(v[i.outcome] as string | null) ?? 'lopend'}\t` +
      `${copyText(summary)}\t${copyText(v[i.subject] as string | null)}\t\\N\t\\N\t\\N\t\\N\n`
    );
  }

  override readonly rollupFeed: RollupFeed = {
    table: 'objection_decision',
    delta: 'rollup_objection_delta',
    // What rollup_objections() (sql/views/0400) reads.
    columns: [
      'municipality_code',
      'objection_received_on',
      'decided_on',
      'domain_code',
      'theme_id',
      'law',
      'outcome',
      'advisory_committee',
      'extended',
      'record_key',
      'import_id',
    ],
  };

  findDuplicates(client: PoolClient): Promise<Duplicate[]> {
    return duplicatesByKey(client, this.staging, 'source_organisation_id, external_id');
  }

  async merge({ client, municipalityCode, importId }: MergeContext): Promise<MergeResult> {
    const columns = ['source_organisation_id', 'external_id', ...COMPARED];
    await client.query(
      `CREATE TEMP TABLE etl_merged ON COMMIT DROP AS
       WITH upserted AS (
         INSERT INTO objection_decision AS c (municipality_code, ${columns.join(', ')}, import_id)
         SELECT $1, ${columns.map((col) => `s.${col}`).join(', ')}, $2
         FROM ${this.staging} s WHERE s.reject_reason IS NULL
         ON CONFLICT (municipality_code, source_organisation_id, external_id) DO UPDATE SET
           ${COMPARED.map((col) => `${col} = EXCLUDED.${col}`).join(', ')}, import_id = EXCLUDED.import_id,
           updated_at = now()
         WHERE (${COMPARED.map((col) => `c.${col}`).join(', ')}) IS DISTINCT FROM
               (${COMPARED.map((col) => `EXCLUDED.${col}`).join(', ')})
         -- What the rollup delta needs (writeRollupDelta), as written.
         RETURNING c.id, (c.xmax = 0) AS inserted, ${this.rollupFeed.columns.map((col) => `c.${col}`).join(', ')}
       )
       SELECT * FROM upserted`,
      [municipalityCode, importId],
    );
    const { rows: merged } = await client.query<{ inserted: number; updated: number }>(
      `SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated
       FROM etl_merged`,
    );
    const { rows } = await client.query<{
      accepted: number;
      min_date: string | null;
      max_date: string | null;
    }>(
      `SELECT count(*)::int AS accepted, min(objection_received_on)::text AS min_date,
              max(objection_received_on)::text AS max_date
       FROM ${this.staging} WHERE reject_reason IS NULL`,
    );
    const inserted = merged[0]?.inserted ?? 0;
    const updated = merged[0]?.updated ?? 0;
    return {
      inserted,
      updated,
      unchanged: (rows[0]?.accepted ?? 0) - inserted - updated,
      minDate: rows[0]?.min_date ?? null,
      maxDate: rows[0]?.max_date ?? null,
    };
  }
}
