import type { PoolClient } from 'pg';
import { copyNumber, copyText } from '../load/copy';
import type { ThemeQuestion } from '../load/themes';
import type { FieldValue } from '../transform/row-mapper';
import {
  type Duplicate,
  duplicatesByKey,
  type MergeContext,
  type MergeResult,
  type ContractDomain,
  TargetImporter,
} from './importer';

const LINE_FINGERPRINT = (alias: string): string =>
  `concat_ws(E'\\x1f', ${alias}.domain_code, coalesce(${alias}.theme_id::text, ''), coalesce(${alias}.cause, ''),
     ${alias}.complaint_count::text, coalesce(${alias}.upheld_count::text, ''),
     coalesce(${alias}.resolved_count::text, ''), coalesce(${alias}.measures, ''))`;

/**
 * Half-year provider reports: one source row per provider x period x theme/cause. Rows are grouped into
 * one provider_report per provider and period start; a report that changed gets all its lines replaced,
 * an identical one is left alone. Counts are per source row (line).
 */
export class ProviderReportImporter extends TargetImporter {
  readonly target = 'provider_report' as const;
  readonly organisationColumns = ['provider_id'];
  readonly duplicateField = 'cause';
  readonly factTables = ['provider_report', 'provider_report_line'];
  // A provider's report without a domain: the domain of its contract in the half year.
  override readonly contractDomain: ContractDomain = {
    provider: 'provider_id',
    from: 'period_start',
    to: 'period_end',
  };
  protected readonly columns = [
    ['provider_id', 'integer'],
    ['period_start', 'date'],
    ['period_end', 'date'],
    ['due_on', 'date'],
    ['submitted_on', 'date'],
    ['domain_code', 'text'],
    ['theme_id', 'integer'],
    ['cause', 'text'],
    ['complaint_count', 'integer'],
    ['upheld_count', 'integer'],
    ['resolved_count', 'integer'],
    ['measures', 'text'],
  ] as const;

  private readonly i = {
    provider: this.mapper.index('provider'),
    periodStart: this.mapper.index('period_start'),
    periodEnd: this.mapper.index('period_end'),
    dueOn: this.mapper.index('due_on'),
    submittedOn: this.mapper.index('submitted_on'),
    domain: this.mapper.index('domain'),
    theme: this.mapper.index('theme'),
    cause: this.mapper.index('cause'),
    complaintCount: this.mapper.index('complaint_count'),
    upheldCount: this.mapper.index('upheld_count'),
    resolvedCount: this.mapper.index('resolved_count'),
    measures: this.mapper.index('measures'),
  };

  override themeQuestions(v: FieldValue[]): ThemeQuestion[] {
    const cause = v[this.i.cause] as string | null;
    return v[this.i.theme] === null && cause !== null
      ? [{ text: cause, domain: v[this.i.domain] as string | null, excludedThemes: [] }]
      : [];
  }

  line(v: FieldValue[], rowNumber: number): string {
    const i = this.i;
    const cause = v[i.cause] as string | null;
    let themeId = v[i.theme] as number | null;
    if (themeId === null && cause !== null) {
      const suggestion = this.themes.classify(cause, v[i.domain] as string | null);
      if (suggestion?.accepted) themeId = suggestion.themeId;
    }
    const periodEnd = v[i.periodEnd] as string;
    const dueOn = copyText(v[i.dueOn] as string | null);
    return (
      `${rowNumber}\t${v[i.provider] as number}\t${v[i.periodStart] as string}\t${periodEnd}\t${dueOn}\t` +
      `${copyText(v[i.submittedOn] as string | null)}\t${copyText(v[i.domain] as string | null)}\t${copyNumber(themeId)}\t` +
      `${copyText(cause)}\t${v[i.complaintCount] as number}\t${copyNumber(v[i.upheldCount] as number | null)}\t` +
      `${copyNumber(v[i.resolvedCount] as number | null)}\t${copyText(v[i.measures] as string | null)}\t` +
      `\\N\t\\N\t\\N\t\\N\n`
    );
  }

  findDuplicates(client: PoolClient): Promise<Duplicate[]> {
    return duplicatesByKey(client, this.staging, 'provider_id, period_start, domain_code, theme_id, cause');
  }

  async merge({ client, municipalityCode, importId }: MergeContext): Promise<MergeResult> {
    await client.query(
      `CREATE TEMP TABLE etl_reports ON COMMIT DROP AS
       WITH staged AS (
         -- Without a due date in the export: the municipality's reporting calendar (migration 0089).
         SELECT provider_id, period_start, max(period_end) AS period_end,
                coalesce(max(due_on), provider_report_due_on($1, max(period_end))) AS due_on,
                max(submitted_on) AS submitted_on, count(*)::int AS lines,
                md5(string_agg(${LINE_FINGERPRINT('s')}, E'\\x1e' ORDER BY row_number)) AS fingerprint
         FROM ${this.staging} s WHERE reject_reason IS NULL
         GROUP BY provider_id, period_start
       )
       SELECT st.*, r.id AS existing_id,
              CASE WHEN r.id IS NULL THEN 'new'
                   WHEN (r.period_end, r.due_on, r.submitted_on) IS NOT DISTINCT FROM
                        (st.period_end, st.due_on, st.submitted_on)
                    AND existing.fingerprint IS NOT DISTINCT FROM st.fingerprint THEN 'same'
                   ELSE 'changed' END AS state
       FROM staged st
       LEFT JOIN provider_report r ON r.municipality_code = $1 AND r.provider_organisation_id = st.provider_id
                                   AND r.period_start = st.period_start
       LEFT JOIN LATERAL (
         SELECT md5(string_agg(${LINE_FINGERPRINT('l')}, E'\\x1e' ORDER BY l.line_number)) AS fingerprint
         FROM provider_report_line l WHERE l.municipality_code = $1 AND l.report_id = r.id
       ) existing ON true`,
      [municipalityCode],
    );
    await client.query(
      `INSERT INTO provider_report AS r (municipality_code, provider_organisation_id, period_start, period_end, due_on,
         submitted_on, import_id)
       SELECT $1, provider_id, period_start, period_end, due_on, submitted_on, $2 FROM etl_reports WHERE state <> 'same'
       ON CONFLICT (municipality_code, provider_organisation_id, period_start) DO UPDATE SET
         period_end = EXCLUDED.period_end, due_on = EXCLUDED.due_on, submitted_on = EXCLUDED.submitted_on,
         import_id = EXCLUDED.import_id, updated_at = now()`,
      [municipalityCode, importId],
    );
    await client.query(
      `DELETE FROM provider_report_line l USING etl_reports e
       WHERE e.state = 'changed' AND l.municipality_code = $1 AND l.report_id = e.existing_id`,
      [municipalityCode],
    );
    await client.query(
      `INSERT INTO provider_report_line (municipality_code, report_id, line_number, domain_code, theme_id, cause,
         complaint_count, upheld_count, resolved_count, measures)
       SELECT $1, r.id, row_number() OVER (PARTITION BY r.id ORDER BY s.row_number), s.domain_code, s.theme_id,
              s.cause, s.complaint_count, s.upheld_count, s.resolved_count, s.measures
       FROM ${this.staging} s
       JOIN etl_reports e ON e.provider_id = s.provider_id AND e.period_start = s.period_start AND e.state <> 'same'
       JOIN provider_report r ON r.municipality_code = $1 AND r.provider_organisation_id = s.provider_id
                             AND r.period_start = s.period_start
       WHERE s.reject_reason IS NULL`,
      [municipalityCode],
    );
    const { rows } = await client.query<{
      inserted: number;
      updated: number;
      unchanged: number;
      min_date: string | null;
      max_date: string | null;
    }>(
      `SELECT coalesce(sum(lines) FILTER (WHERE state = 'new'), 0)::int AS inserted,
              coalesce(sum(lines) FILTER (WHERE state = 'changed'), 0)::int AS updated,
              coalesce(sum(lines) FILTER (WHERE state = 'same'), 0)::int AS unchanged,
              min(period_start)::text AS min_date, max(period_end)::text AS max_date
       FROM etl_reports`,
    );
    const r = rows[0];
    return {
      inserted: r?.inserted ?? 0,
      updated: r?.updated ?? 0,
      unchanged: r?.unchanged ?? 0,
      minDate: r?.min_date ?? null,
      maxDate: r?.max_date ?? null,
    };
  }
}
