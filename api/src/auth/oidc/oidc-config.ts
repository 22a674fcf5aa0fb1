import { Role, ROLES } from '../role';

/** Login through an OpenID Connect identity provider (authorization code flow with PKCE). */
export interface OidcConfig {
  /** The issuer; its `/.well-known/openid-configuration` is read on the first login. */
  issuer: string;
  clientId: string;
  /** Absent: a public client (PKCE only, no client authentication). */
  clientSecret: string | undefined;
  /** Where the provider sends the browser back: `https://<host>/auth/oidc/callback`. */
  redirectUri: string;
  scope: string;
  /** The claim with the user's groups or roles (a string or a list of strings; `a.b` for a nested claim). */
  roleClaim: string;
  /** Claim value → Leerlus role. A user without a mapped value is refused, never given a default role. */
  roleMap: ReadonlyMap<string, Role>;
  /** The claim with the user's municipality code (e.g. GM0344); absent: all municipalities of the installation. */
  municipalityClaim: string | undefined;
  /** Plain-HTTP issuer (development and tests only; refused in production). */
  allowHttp: boolean;
}

export const OIDC_DEFAULT_SCOPE = 'openid profile email';
export const OIDC_DEFAULT_ROLE_CLAIM = 'groups';

/**
 * LEERLUS_OIDC_* → OidcConfig; undefined (OIDC off) when no issuer is set. A half-configured
 * provider is an error at start-up, not a login that fails later.
 */
export function oidcConfigFromEnv(env: NodeJS.ProcessEnv, production: boolean): OidcConfig | undefined {
  const issuer = env.LEERLUS_OIDC_ISSUER?.trim();
  if (!issuer) return undefined;
  const fail = (message: string): never => {
    throw new Error(`OIDC configuration: ${message}`);
  };
  const issuerUrl = parseUrl(issuer) ?? fail(`LEERLUS_OIDC_ISSUER is not a URL: ${issuer}`);
  const clientId = env.LEERLUS_OIDC_CLIENT_ID?.trim() || fail('LEERLUS_OIDC_CLIENT_ID is not set');
  const redirectUri =
    env.LEERLUS_OIDC_REDIRECT_URI?.trim() ||
    fail('LEERLUS_OIDC_REDIRECT_URI is not set (https://<host>/auth/oidc/callback)');
  const redirectUrl = parseUrl(redirectUri) ?? fail(`LEERLUS_OIDC_REDIRECT_URI is not a URL: ${redirectUri}`);
  if (production && (issuerUrl.protocol !== 'https:' || redirectUrl.protocol !== 'https:')) {
    fail('LEERLUS_OIDC_ISSUER and LEERLUS_OIDC_REDIRECT_URI must use https in production');
  }
  const roleMap = parseRoleMap(env.LEERLUS_OIDC_ROLE_MAP ?? '');
  if (roleMap.size === 0) {
    fail('LEERLUS_OIDC_ROLE_MAP is empty (e.g. "leerlus-raad=raad,leerlus-beheer=beheer")');
  }
  return {
    issuer: issuerUrl.href,
    clientId,
    clientSecret: env.LEERLUS_OIDC_CLIENT_SECRET || undefined,
    redirectUri: redirectUrl.href,
    scope: env.LEERLUS_OIDC_SCOPE?.trim() || OIDC_DEFAULT_SCOPE,
    roleClaim: env.LEERLUS_OIDC_ROLE_CLAIM?.trim() || OIDC_DEFAULT_ROLE_CLAIM,
    roleMap,
    municipalityClaim: env.LEERLUS_OIDC_MUNICIPALITY_CLAIM?.trim() || undefined,
    allowHttp: issuerUrl.protocol === 'http:',
  };
}

/**
 * "leerlus-raad=raad,leerlus-beheer=beheer" → Map. Entries are separated by commas, or by
 * semicolons when the text contains one (for claim values with commas, such as LDAP DNs); each
 * entry is split at its last `=`, so a claim value may itself contain `=`.
 */
export function parseRoleMap(text: string): Map<string, Role> {
  const map = new Map<string, Role>();
  const separator = text.includes(';') ? ';' : ',';
  for (const entry of text.split(separator)) {
    if (!entry.trim()) continue;
    const at = entry.lastIndexOf('=');
    const value = entry.slice(0, Math.max(at, 0)).trim();
    const role = entry.slice(at + 1).trim();
    if (at <= 0 || !value) {
      throw new Error(
        `OIDC configuration: LEERLUS_OIDC_ROLE_MAP entry "${entry.trim()}" is not <value>=<role>`,
      );
    }
    if (!isRole(role)) {
      throw new Error(
        `OIDC configuration: LEERLUS_OIDC_ROLE_MAP maps "${value}" to "${role}", which is not one of ${ROLES.join(', ')}`,
      );
    }
    map.set(value, role);
  }
  return map;
}

/**
 * The Leerlus role for these claims: the values of the role claim that the map knows, and of those
 * the role with the most access (in the order raad, panel, college, beleid, beheer). Null when no
 * value is mapped: such a user is refused.
 */
export function roleFromClaims(claims: Readonly<Record<string, unknown>>, config: OidcConfig): Role | null {
  const mapped = claimValues(claims, config.roleClaim).flatMap((value) => {
    const role = config.roleMap.get(value);
    return role ? [role] : [];
  });
  if (mapped.length === 0) return null;
  return ROLES[Math.max(...mapped.map((role) => ROLES.indexOf(role)))] ?? null;
}

/** The string values of a claim (a string or a list); `a.b` reads a nested claim when there is no claim `a.b`. */
export function claimValues(claims: Readonly<Record<string, unknown>>, name: string): string[] {
  let value: unknown = claims[name];
  if (value === undefined && name.includes('.')) {
    value = name
      .split('.')
      .reduce<unknown>((object, key) => (isRecord(object) ? object[key] : undefined), claims);
  }
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseUrl(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
