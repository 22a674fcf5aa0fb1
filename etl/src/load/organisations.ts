import type { PoolClient } from 'pg';
import { normaliseKey } from '../normalise/values';

export type OrganisationKind = 'gemeente' | 'aanbieder' | 'ombudsman' | 'samenwerkingsverband';

interface Pending {
  tempId: number;
  code: string;
  name: string;
}

function slug(value: string): string {
  const base = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return base === '' ? 'organisatie' : base;
}

/**
 * Resolves organisation fields against the organisation table: by code, then by name, then by alias, compared
 * case- and whitespace-insensitively. Unknown organisations get a provisional negative id when the
 * profile allows creating them; they are inserted (inside the import transaction) after staging.
 */
export class OrganisationResolver {
  private readonly byKey = new Map<string, number>();
  private readonly codes = new Set<string>();
  private readonly pending = new Map<string, Pending>();
  /** Provisional id -> real id of the organisations created so far (an import merged early creates in steps). */
  private readonly createdIds = new Map<number, number>();

  private constructor(readonly createKind: OrganisationKind | undefined) {}

  static async load(
    client: PoolClient,
    createKind: OrganisationKind | undefined,
  ): Promise<OrganisationResolver> {
    const resolver = new OrganisationResolver(createKind);
    const { rows } = await client.query<{ id: number; code: string; name: string; aliases: string[] }>(
      'SELECT id, code, name, aliases FROM organisation ORDER BY id',
    );
    // Codes win over names, names over aliases, when they collide.
    for (const row of rows) row.aliases.forEach((alias) => resolver.byKey.set(normaliseKey(alias), row.id));
    for (const row of rows) resolver.byKey.set(normaliseKey(row.name), row.id);
    for (const row of rows) {
      resolver.byKey.set(normaliseKey(row.code), row.id);
      resolver.codes.add(row.code.toLowerCase());
    }
    return resolver;
  }

  /** The id (negative while pending) of a known organisation, by code or name. */
  find(value: string): number | undefined {
    const key = normaliseKey(value);
    return this.byKey.get(key) ?? this.pending.get(key)?.tempId;
  }

  /** Registers a new organisation to create; returns its provisional (negative) id. */
  provisional(name: string, code?: string): number {
    const key = normaliseKey(code ?? name);
    const existing = this.pending.get(key);
    if (existing) return existing.tempId;
    let candidate = code ?? slug(name);
    for (let n = 2; this.codes.has(candidate.toLowerCase()); n++) candidate = `${code ?? slug(name)}-${n}`;
    this.codes.add(candidate.toLowerCase());
    const pending = { tempId: -(this.pending.size + 1), code: candidate, name: name.trim() };
    this.pending.set(key, pending);
    this.pending.set(normaliseKey(name), pending);
    return pending.tempId;
  }

  /** The name of an organisation that would be created, by its provisional id. */
  pendingName(tempId: number): string | undefined {
    return [...this.pending.values()].find((pending) => pending.tempId === tempId)?.name;
  }

  get pendingCount(): number {
    return new Set([...this.pending.values()].map((p) => p.tempId)).size;
  }

  /**
   * Inserts the pending organisations that accepted rows use (`used`: their provisional ids; a rejected
   * row creates nothing) and were not created by an earlier call; returns provisional id -> real id for
   * every used one and the names created by this call.
   */
  async createPending(
    client: PoolClient,
    municipalityCode: string,
    used: ReadonlySet<number>,
  ): Promise<{ ids: Map<number, number>; created: { code: string; name: string }[] }> {
    const unique = [...new Map([...this.pending.values()].map((p) => [p.tempId, p])).values()].filter(
      (p) => used.has(p.tempId) && !this.createdIds.has(p.tempId),
    );
    if (unique.length > 0 && this.createKind) {
      const { rows } = await client.query<{ id: number; code: string }>(
        `INSERT INTO organisation (code, name, kind, municipality_code)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
         RETURNING id, code`,
        [
          unique.map((p) => p.code),
          unique.map((p) => p.name),
          unique.map(() => this.createKind),
          unique.map(() => municipalityCode),
        ],
      );
      const byCode = new Map(rows.map((row) => [row.code, row.id]));
      for (const p of unique) {
        const id = byCode.get(p.code);
        if (id !== undefined) this.createdIds.set(p.tempId, id);
      }
    }
    const ids = new Map([...this.createdIds].filter(([tempId]) => used.has(tempId)));
    const created = this.createKind ? unique.map((p) => ({ code: p.code, name: p.name })) : [];
    return { ids, created };
  }
}
