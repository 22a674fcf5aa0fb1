import type { PoolClient } from 'pg';
import { type BulkMergePlan, runWithSetBasedReferenceChecks } from '../load/bulk-references';
import { copyBoolean, copyNumber, copyText, copyTextArray } from '../load/copy';
import type { ThemeQuestion } from '../load/themes';
import type { FieldValue } from '../transform/row-mapper';
import {
  type Duplicate,
  duplicatesByKey,
  type MergeContext,
  type MergeResult,
  type RollupFeed,
  type ContractDomain,
  STAGING,
  TargetImporter,
} from './importer';

/** Columns compared to decide whether an existing record changed (theme_id is handled separately). */
const COMPARED = [
  'subject_organisation_id',
  'kind',
  'domain_code',
  'channel',
  'complainant_type',
  'line',
  'route',
  'received_on',
  'acknowledged_on',
  'closed_on',
  'term_days',
  'extended',
  'extension_days',
  'external_committee',
  'outcome',
  'measures',
  'feedback_given',
  'recommendation_made',
  'recommendation_followed',
  'subject_key',
  'neighbourhood_code',
  'text_redacted',
];

/** A manual primary theme (assigned in the application) survives re-imports. */
const MANUAL_THEME = `EXISTS (SELECT 1 FROM case_theme h WHERE h.municipality_code = c.municipality_code
  AND h.case_id = c.id AND h.assigned_by = 'handmatig' AND h.is_primary)`;
const THEME_VALUE = `CASE WHEN ${MANUAL_THEME} THEN c.theme_id ELSE EXCLUDED.theme_id END`;

/** Klachten, signalen, meldingen and hulpvragen -> case_record (+ case_theme). */
export class CaseRecordImporter extends TargetImporter {
  readonly target = 'case_record' as const;
  readonly organisationColumns = ['source_organisation_id', 'subject_organisation_id'];
  readonly duplicateField = 'external_id';
  readonly factTables = ['case_record', 'case_theme'];
  override readonly initialLoadTables = this.factTables;
  /** Whether etl_merged exists as the parent of the chunks' merged records. */
  private mergedCollected = false;
  /** The sequence of case_record.id, once an initial load looked it up. */
  private idSequence: string | null = null;
  override readonly rollupFeed: RollupFeed = {
    table: 'case_record',
    delta: 'rollup_case_delta',
    // What rollup_case_records() (sql/views/0400) reads.
    columns: [
      'municipality_code',
      'received_on',
      'closed_on',
      'kind',
      'domain_code',
      'line',
      'route',
      'source_organisation_id',
      'subject_organisation_id',
      'theme_id',
      'channel',
      'complainant_type',
      'neighbourhood_code',
      'outcome',
      'term_days',
      'extended',
      'extension_days',
      'external_committee',
      'recommendation_made',
      'recommendation_followed',
      'record_key',
      'import_id',
      'subject_key',
    ],
  };
  // A provider's list without a domain: the domain of its contract on the day a record was received.
  override readonly contractDomain: ContractDomain = {
    provider: 'source_organisation_id',
    from: 'received_on',
    to: 'received_on',
  };
  protected readonly columns = [
    ['source_organisation_id', 'integer'],
    ['subject_organisation_id', 'integer'],
    ['external_id', 'text'],
    ['kind', 'text'],
    ['domain_code', 'text'],
    ['theme_id', 'integer'],
    ['ct_theme_id', 'integer'],
    ['ct_assigned_by', 'text'],
    ['ct_confidence', 'numeric(4,3)'],
    ['ct_evidence', 'text[]'],
    ['ct_rule_theme_id', 'integer'],
    ['channel', 'text'],
    ['complainant_type', 'text'],
    ['line', 'text'],
    ['route', 'text'],
    ['received_on', 'date'],
    ['acknowledged_on', 'date'],
    ['closed_on', 'date'],
    ['term_days', 'integer'],
    ['extended', 'boolean'],
    ['extension_days', 'integer'],
    ['external_committee', 'boolean'],
    ['outcome', 'text'],
    ['measures', 'text[]'],
    ['feedback_given', 'boolean'],
    ['recommendation_made', 'boolean'],
    ['recommendation_followed', 'boolean'],
    ['subject_key', 'text'],
    ['neighbourhood_code', 'text'],
    ['text_redacted', 'text'],
  ] as const;

  private readonly i = {
    source: this.mapper.index('source_organisation'),
    subject: this.mapper.index('subject_organisation'),
    externalId: this.mapper.index('external_id'),
    kind: this.mapper.index('kind'),
    domain: this.mapper.index('domain'),
    theme: this.mapper.index('theme'),
    channel: this.mapper.index('channel'),
    complainantType: this.mapper.index('complainant_type'),
    line: this.mapper.index('line'),
    route: this.mapper.index('route'),
    receivedOn: this.mapper.index('received_on'),
    acknowledgedOn: this.mapper.index('acknowledged_on'),
    closedOn: this.mapper.index('closed_on'),
    termDays: this.mapper.index('term_days'),
    extended: this.mapper.index('extended'),
    extensionDays: this.mapper.index('extension_days'),
    externalCommittee: this.mapper.index('external_committee'),
    outcome: this.mapper.index('outcome'),
    measures: this.mapper.index('measures'),
    feedbackGiven: this.mapper.index('feedback_given'),
    recommendationMade: this.mapper.index('recommendation_made'),
    recommendationFollowed: this.mapper.index('recommendation_followed'),
    subjectKey: this.mapper.index('subject'),
    neighbourhood: this.mapper.index('neighbourhood_code'),
    text: this.mapper.index('text'),
  };

  override themeQuestions(v: FieldValue[]): ThemeQuestion[] {
    const text = v[this.i.text] as string | null;
    return v[this.i.theme] === null && text !== null
      ? [{ text, domain: v[this.i.domain] as string | null, excludedThemes: [] }]
      : [];
  }

  line(v: FieldValue[], rowNumber: number): string {
    const i = this.i;
    const text = v[i.text] as string | null;
    let themeId = v[i.theme] as number | null;
    let ct = '\\N\t\\N\t\\N\t\\N\t\\N';
    if (themeId !== null) {
      ct = `${themeId}\tbron\t\\N\t{}\t\\N`;
    } else if (text !== null) {
      const suggestion = this.themes.classify(text, v[i.domain] as string | null);
      if (suggestion) {
        if (suggestion.accepted) themeId = suggestion.themeId;
        ct =
          `${suggestion.themeId}\tclassificatie\t${suggestion.confidence.toFixed(3)}\t` +
          `${copyTextArray(suggestion.evidence)}\t${copyNumber(suggestion.ruleThemeId)}`;
      }
    }
    return (
      `${rowNumber}\t${copyNumber(v[i.source] as number | null)}\t${copyNumber(v[i.subject] as number | null)}\t` +
      `${copyText(v[i.externalId] as string | null)}\t${v[i.kind] as string}\t${copyText(v[i.domain] as string | null)}\t` +
      `${copyNumber(themeId)}\t${ct}\t${(v[i.channel] as string | null) ?? 'onbekend'}\t` +
      `${(v[i.complainantType] as string | null) ?? 'onbekend'}\t${v[i.line] as string}\t` +
      `${(v[i.route] as string | null) ?? 'onbekend'}\t${v[i.receivedOn] as string}\t` +
      // Dates are ISO (yyyy-mm-dd) from the date parser: nothing to escape.
      `${(v[i.acknowledgedOn] as string | null) ?? '\\N'}\t${(v[i.closedOn] as string | null) ?? '\\N'}\t` +
      `${copyNumber(v[i.termDays] as number | null)}\t${copyBoolean((v[i.extended] as boolean | null) ?? false)}\t` +
      `${copyNumber(v[i.extensionDays] as number | null)}\t` +
      `${copyBoolean((v[i.externalCommittee] as boolean | null) ?? false)}\t` +
      `${(v[i.outcome] as string | null) ?? 'onbekend'}\t${copyTextArray((v[i.measures] as string[] | null) ?? [])}\t` +
      `${copyBoolean(v[i.feedbackGiven] as boolean | null)}\t${copyBoolean(v[i.recommendationMade] as boolean | null)}\t` +
      // The subject key is a pseudonym (64 hex characters): nothing to escape.
      `${copyBoolean(v[i.recommendationFollowed] as boolean | null)}\t${(v[i.subjectKey] as string | null) ?? '\\N'}\t` +
      `${copyText(v[i.neighbourhood] as string | null)}\t${copyText(text)}\t\\N\t\\N\t\\N\t\\N\n`
    );
  }

  /** Statistics over every chunk's merged records, which the rollup delta reads. */
  override async finishEarlyMerge(client: PoolClient): Promise<void> {
    if (this.mergedCollected) await client.query('ANALYZE etl_merged');
  }

  override earlyMergeKey(v: FieldValue[]): string {
    return `${v[this.i.source] as number | null}\t${v[this.i.externalId] as string | null}`;
  }

  findDuplicates(client: PoolClient): Promise<Duplicate[]> {
    return duplicatesByKey(client, this.staging, 'source_organisation_id, external_id');
  }

  /**
   * The records this merge inserted or updated: etl_merged, or when a chunk of the staging table is merged
   * (early merging) a table of that chunk's, which etl_merged inherits (etl_merged then holds every chunk's).
   */
  private mergedTable(): string {
    return this.staging === STAGING ? 'etl_merged' : `${this.staging}_merged`;
  }

  /** Makes a chunk's merged records part of etl_merged. */
  private async collectMerged(client: PoolClient, merged: string): Promise<void> {
    if (merged === 'etl_merged') return;
    if (!this.mergedCollected) {
      await client.query(`CREATE TEMP TABLE etl_merged (LIKE ${merged}) ON COMMIT DROP`);
      this.mergedCollected = true;
    }
    await client.query(`ALTER TABLE ${merged} INHERIT etl_merged`);
  }

  /**
   * An initial load's rows (MergeContext.initialLoad), each a new record: their ids are drawn here, so their
   * themes are inserted from the same rows in the same statement. Nothing is returned into a merged table
   * or joined back to the staged rows by key, as an upsert must; the rollup delta is then case_record's
   * rows of the municipality, every one of them this import's (writtenRecords). Should a key conflict after
   * all, the unique constraint fails the import.
   */
  private async insertInitialLoad({
    client,
    municipalityCode,
    importId,
    clock,
  }: MergeContext): Promise<MergeResult> {
    const columns = ['source_organisation_id', 'external_id', 'theme_id', ...COMPARED];
    this.idSequence ??= await identitySequence(client, 'case_record');
    const { rows } = await client.query<{
      inserted: number;
      min_date: string | null;
      max_date: string | null;
    }>(
      `WITH staged AS MATERIALIZED (
         -- The ids are drawn after the sort (a volatile target is computed above it): in date order, as
         -- the upsert's inserts get them.
         SELECT nextval(${client.escapeLiteral(this.idSequence)}::regclass) AS id,
                ${columns.map((col) => `s.${col}`).join(', ')},
                s.ct_theme_id, s.ct_assigned_by, s.ct_confidence, s.ct_evidence, s.ct_rule_theme_id
         FROM ${this.staging} s WHERE s.reject_reason IS NULL
         ORDER BY s.received_on
       ), records AS (
         INSERT INTO case_record (id, municipality_code, ${columns.join(', ')}, import_id)
         SELECT id, $1, ${columns.join(', ')}, $2 FROM staged
       ), themes AS (
         INSERT INTO case_theme (municipality_code, case_id, theme_id, is_primary, assigned_by, confidence,
                                 evidence, rule_theme_id)
         SELECT $1, id, ct_theme_id, theme_id IS NOT NULL AND theme_id = ct_theme_id, ct_assigned_by,
                ct_confidence, ct_evidence, ct_rule_theme_id
         FROM staged WHERE ct_theme_id IS NOT NULL
       )
       SELECT count(*)::int AS inserted, min(received_on)::text AS min_date, max(received_on)::text AS max_date
       FROM staged`,
      [municipalityCode, importId],
    );
    this.writtenRecords = `(SELECT * FROM case_record WHERE municipality_code = ${client.escapeLiteral(municipalityCode)})`;
    clock.lap('merge: insert case_record and case_theme (initial load)');
    const r = rows[0];
    if (!r) throw new Error('merge counts missing');
    return { inserted: r.inserted, updated: 0, unchanged: 0, minDate: r.min_date, maxDate: r.max_date };
  }

  private async upsert({ client, municipalityCode, importId, clock }: MergeContext): Promise<MergeResult> {
    const targetColumns = ['source_organisation_id', 'external_id', 'theme_id', ...COMPARED];
    const merged = this.mergedTable();
    const onConflict = `ON CONFLICT (municipality_code, source_organisation_id, external_id) DO UPDATE SET
           ${COMPARED.map((col) => `${col} = EXCLUDED.${col}`).join(', ')},
           theme_id = ${THEME_VALUE}, import_id = EXCLUDED.import_id, updated_at = now()
         WHERE (${COMPARED.map((col) => `c.${col}`).join(', ')}) IS DISTINCT FROM
               (${COMPARED.map((col) => `EXCLUDED.${col}`).join(', ')})
            OR c.theme_id IS DISTINCT FROM ${THEME_VALUE}`;
    await client.query(
      `CREATE TEMP TABLE ${merged} ON COMMIT DROP AS
       WITH upserted AS (
         INSERT INTO case_record AS c (municipality_code, ${targetColumns.join(', ')}, import_id)
         SELECT $1, ${targetColumns.map((col) => `s.${col}`).join(', ')}, $2
         FROM ${this.staging} s WHERE s.reject_reason IS NULL
         -- Four of the seven indexes (migrations/0100) end in received_on after a column with few
         -- values: in date order their inserts land on the pages touched just before instead of all
         -- over indexes that are larger than the shared buffers at a million rows.
         ORDER BY s.received_on
         ${onConflict}
         -- What the rollup delta needs (writeRollupDelta), as written.
         RETURNING c.id, c.external_id, (c.xmax = 0) AS inserted, ${this.rollupFeed.columns.map((col) => `c.${col}`).join(', ')}
       )
       SELECT * FROM upserted`,
      [municipalityCode, importId],
    );
    await client.query(`ANALYZE ${merged}`);
    clock.lap('merge: upsert case_record');
    // Themes of changed records are re-derived; manual assignments stay.
    await client.query(
      `DELETE FROM case_theme ct USING ${merged} m
       WHERE ct.municipality_code = $1 AND ct.case_id = m.id AND NOT m.inserted AND ct.assigned_by <> 'handmatig'`,
      [municipalityCode],
    );
    await client.query(
      `INSERT INTO case_theme (municipality_code, case_id, theme_id, is_primary, assigned_by, confidence, evidence,
                               rule_theme_id)
       SELECT $1, m.id, s.ct_theme_id,
              s.theme_id IS NOT NULL AND s.theme_id = s.ct_theme_id AND (m.inserted OR NOT EXISTS (
                SELECT 1 FROM case_theme h WHERE h.municipality_code = $1 AND h.case_id = m.id AND h.is_primary)),
              s.ct_assigned_by, s.ct_confidence, s.ct_evidence, s.ct_rule_theme_id
       FROM ${merged} m
       JOIN ${this.staging} s ON s.reject_reason IS NULL AND s.source_organisation_id = m.source_organisation_id
                             AND s.external_id = m.external_id
       WHERE s.ct_theme_id IS NOT NULL
       -- In key order: the records got their ids in date order above, not in file order.
       ORDER BY m.id
       ON CONFLICT (municipality_code, case_id, theme_id) DO NOTHING`,
      [municipalityCode],
    );
    await this.collectMerged(client, merged);
    clock.lap('merge: case_theme');
    return this.upsertCounts(client);
  }

  /**
   * A record without its own term gets the most specific handling norm of its source valid on its received_on
   * (theme and kind, then theme, then kind, then the source alone); without one the readings use the legal term.
   * Stored per record, so rollups and every reading see the same term (docs/indicators/handling-times.md).
   */
  private async fillNormTerms(client: PoolClient, municipalityCode: string): Promise<void> {
    await client.query(
      `UPDATE ${this.staging} s SET term_days = (
         SELECT n.term_days FROM handling_norm n
          WHERE n.municipality_code = $1 AND n.source_organisation_id = s.source_organisation_id
            AND (n.theme_id IS NULL OR n.theme_id = s.theme_id) AND (n.kind IS NULL OR n.kind = s.kind)
            AND s.received_on >= n.valid_from AND (n.valid_to IS NULL OR s.received_on <= n.valid_to)
          ORDER BY n.theme_id IS NULL, n.kind IS NULL, n.valid_from DESC, n.id DESC
          LIMIT 1)
       WHERE s.reject_reason IS NULL AND s.term_days IS NULL
         AND s.source_organisation_id IN (SELECT source_organisation_id FROM handling_norm WHERE municipality_code = $1)`,
      [municipalityCode],
    );
  }

  async merge(context: MergeContext): Promise<MergeResult> {
    const { client, municipalityCode, importId, clock } = context;
    await this.fillNormTerms(client, municipalityCode);
    clock.lap('merge: handling norms');
    const { result } = await runWithSetBasedReferenceChecks(
      client,
      caseRecordMergePlan(this.staging, municipalityCode, importId),
      () => (context.initialLoad ? this.insertInitialLoad(context) : this.upsert(context)),
    );
    return result;
  }

  private async upsertCounts(client: PoolClient): Promise<MergeResult> {
    const { rows } = await client.query<{
      inserted: number;
      updated: number;
      accepted: number;
      min_date: string | null;
      max_date: string | null;
    }>(
      `SELECT (SELECT count(*) FILTER (WHERE inserted) FROM ${this.mergedTable()})::int AS inserted,
              (SELECT count(*) FILTER (WHERE NOT inserted) FROM ${this.mergedTable()})::int AS updated,
              count(*)::int AS accepted, min(received_on)::text AS min_date, max(received_on)::text AS max_date
       FROM ${this.staging} WHERE reject_reason IS NULL`,
    );
    const r = rows[0];
    if (!r) throw new Error('merge counts missing');
    return {
      inserted: r.inserted,
      updated: r.updated,
      unchanged: r.accepted - r.inserted - r.updated,
      minDate: r.min_date,
      maxDate: r.max_date,
    };
  }
}

/**
 * The foreign keys of case_record and case_theme and the staged values the merge writes into them. It must
 * list every foreign key of both tables, or the merge silently falls back to the per-row checks
 * (bulk-references.ts; `case-record-merge-plan.spec.ts` checks it against the migrated schema).
 */
export function caseRecordMergePlan(
  staging: string,
  municipalityCode: string,
  importId: string,
): BulkMergePlan {
  const staged = (column: string): { stagedColumn: string } => ({ stagedColumn: column });
  const organisation = { table: 'organisation', column: 'id' };
  const theme = { table: 'theme', column: 'id' };
  return {
    tables: ['case_record', 'case_theme'],
    deletesFrom: ['case_theme'],
    staged: { table: staging, where: 'reject_reason IS NULL' },
    foreignKeys: [
      {
        table: 'case_record',
        definition: 'FOREIGN KEY (municipality_code) REFERENCES municipality(code)',
        referenced: { table: 'municipality', column: 'code' },
        written: { value: municipalityCode },
      },
      {
        table: 'case_record',
        definition: 'FOREIGN KEY (source_organisation_id) REFERENCES organisation(id)',
        referenced: organisation,
        written: staged('source_organisation_id'),
      },
      {
        table: 'case_record',
        definition: 'FOREIGN KEY (subject_organisation_id) REFERENCES organisation(id)',
        referenced: organisation,
        written: staged('subject_organisation_id'),
      },
      {
        table: 'case_record',
        definition: 'FOREIGN KEY (domain_code) REFERENCES domain(code)',
        referenced: { table: 'domain', column: 'code' },
        written: staged('domain_code'),
      },
      {
        // A kept manual theme (THEME_VALUE) is the record's own, already valid, unchanged value.
        table: 'case_record',
        definition: 'FOREIGN KEY (theme_id) REFERENCES theme(id)',
        referenced: theme,
        written: staged('theme_id'),
      },
      {
        table: 'case_record',
        definition: 'FOREIGN KEY (import_id) REFERENCES import(id)',
        referenced: { table: 'import', column: 'id' },
        written: { value: importId },
      },
      {
        table: 'case_theme',
        definition: 'FOREIGN KEY (theme_id) REFERENCES theme(id)',
        referenced: theme,
        written: staged('ct_theme_id'),
      },
      {
        table: 'case_theme',
        definition: 'FOREIGN KEY (rule_theme_id) REFERENCES theme(id)',
        referenced: theme,
        written: staged('ct_rule_theme_id'),
      },
      {
        table: 'case_theme',
        definition:
          'FOREIGN KEY (municipality_code, case_id) REFERENCES case_record(municipality_code, id) ON DELETE CASCADE',
        byConstruction:
          'case_theme rows are written only for records this transaction inserted or updated (etl_merged, or ' +
          'in an initial load the records the same statement inserts), ' +
          'which no other session can see or delete before COMMIT',
      },
    ],
  };
}

/** The sequence behind a table's identity column `id`, schema-qualified. */
async function identitySequence(client: PoolClient, table: string): Promise<string> {
  const { rows } = await client.query<{ sequence: string | null }>(
    `SELECT pg_get_serial_sequence($1, 'id') AS sequence`,
    [table],
  );
  const sequence = rows[0]?.sequence;
  if (!sequence) throw new Error(`${table}.id heeft geen sequence`);
  return sequence;
}
