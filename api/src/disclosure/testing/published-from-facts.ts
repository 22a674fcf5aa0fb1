import { DEFAULT_DISCLOSURE_POLICY, DisclosedCount, DisclosurePolicy, protectCount } from '../disclosure';

interface Queryable {
  query<R extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

/**
 * What disclosure control must publish for groups of facts, computed independently of the API: `sql`
 * selects per group `cell` (text), `n` (the true count) and `keys` (the sum of the record keys), and
 * each group goes through the published perturbation table. Tests compare the API's answers with it.
 */
export async function publishedFromFacts(
  pool: Queryable,
  sql: string,
  params: unknown[] = [],
  policy: DisclosurePolicy = DEFAULT_DISCLOSURE_POLICY,
): Promise<Map<string, DisclosedCount>> {
  const { rows } = await pool.query<{ cell: string; n: string | number; keys: string | number | null }>(
    sql,
    params,
  );
  return new Map(
    rows.map((row) => [
      row.cell,
      protectCount({ count: Number(row.n), keySum: Number(row.keys ?? 0) }, policy),
    ]),
  );
}
