import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser } from '../auth/role';
import { ApiToken } from './api-token.entity';
import { hashApiToken, newApiToken } from './api-token-secret';
import { ApiTokensRepository } from './api-tokens.repository';
import { CreateApiTokenInput } from './dto/create-api-token.input';
import { ApiTokenInfo, CreatedApiToken } from './models/api-token.model';

export const DEFAULT_VALID_DAYS = 90;
export const MAX_VALID_DAYS = 365;
const MAX_NAME_LENGTH = 100;
/** Live tokens per user: enough for every BI tool one person uses, not a way to fill the table. */
export const MAX_LIVE_TOKENS = 20;

/** Why a token was refused, in words for the person whose tool sent it (HTTP 401). */
export const TOKEN_REFUSALS = {
  unknown: 'Deze API-token is onbekend. Controleer of u de hele token hebt overgenomen.',
  malformed: 'De Authorization-header is geen geldige API-token. Gebruik: Authorization: Bearer llus_…',
  revoked: 'Deze API-token is ingetrokken. Maak een nieuwe aan op de pagina "API en koppelingen".',
  expired: 'Deze API-token is verlopen. Maak een nieuwe aan op de pagina "API en koppelingen".',
  inactive: 'Het account van deze API-token is uitgeschakeld.',
} as const;
export type TokenRefusal = keyof typeof TOKEN_REFUSALS;

/** The outcome of a bearer token: its user (as they are now), or why it is refused. */
export type TokenAuthentication = { user: AuthenticatedUser; tokenId: number } | { refusal: TokenRefusal };

/** Where the token was used, for the audit log. */
export interface TokenUse {
  method: string;
  path: string;
}

export function mapApiToken(row: ApiToken): ApiTokenInfo {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}

/**
 * Personal API tokens: created, listed and revoked by their own user (in a session, never with a
 * token: AuthGuard), and resolved to that user on every request that carries one. Creation,
 * revocation, every use and every refused known token are audited.
 */
@Injectable()
export class ApiTokensService {
  constructor(
    private readonly repository: ApiTokensRepository,
    private readonly audit: AuditService,
  ) {}

  async create(user: AuthenticatedUser, input: CreateApiTokenInput): Promise<CreatedApiToken> {
    const name = input.name.trim();
    if (name.length === 0 || name.length > MAX_NAME_LENGTH) {
      throw new UnprocessableEntityException(`Geef de token een naam van 1 tot ${MAX_NAME_LENGTH} tekens.`);
    }
    const validDays = input.validDays ?? DEFAULT_VALID_DAYS;
    if (!Number.isInteger(validDays) || validDays < 1 || validDays > MAX_VALID_DAYS) {
      throw new UnprocessableEntityException(
        `Een token is 1 tot ${MAX_VALID_DAYS} dagen geldig; kies een aantal dagen daartussen.`,
      );
    }
    const live = (await this.repository.listForUser(user.id)).filter(isLive);
    if (live.length >= MAX_LIVE_TOKENS) {
      throw new UnprocessableEntityException(
        `U hebt al ${MAX_LIVE_TOKENS} geldige tokens. Trek er eerst een in die u niet meer gebruikt.`,
      );
    }
    const secret = newApiToken();
    const row = await this.repository.create(user.id, name, secret.hash, secret.prefix, validDays);
    await this.audit.record({
      user,
      action: 'api_token.create',
      entity: 'api_token',
      entityId: row.id,
      details: { name, validDays },
    });
    return { token: secret.token, info: mapApiToken(row) };
  }

  async list(user: AuthenticatedUser): Promise<ApiTokenInfo[]> {
    return (await this.repository.listForUser(user.id)).map(mapApiToken);
  }

  /**
   * Revokes one of the user's own valid tokens; false (and nothing audited) when they have no valid
   * token with this id, so another user's token ids reveal nothing.
   */
  async revoke(user: AuthenticatedUser, id: number): Promise<boolean> {
    if (!(await this.repository.revoke(user.id, id))) return false;
    await this.audit.record({ user, action: 'api_token.revoke', entity: 'api_token', entityId: id });
    return true;
  }

  /**
   * The user a bearer token stands for, with their current role and municipality; each use is
   * audited (one entry per request: BI tools refresh a few times a day, and a request is the unit a
   * reader of the log can match with the tool's schedule).
   */
  async authenticate(token: string, use: TokenUse): Promise<TokenAuthentication> {
    const found = await this.repository.findAndTouch(hashApiToken(token));
    if (!found) return { refusal: 'unknown' };
    const refusal: TokenRefusal | null = found.revoked
      ? 'revoked'
      : found.expired
        ? 'expired'
        : !found.userActive
          ? 'inactive'
          : null;
    await this.audit.record({
      user: found.user,
      action: refusal ? 'api_token.refused' : 'api_token.use',
      entity: 'api_token',
      entityId: found.id,
      details: { ...use, ...(refusal ? { reason: refusal } : {}) },
    });
    return refusal ? { refusal } : { user: found.user, tokenId: found.id };
  }
}

function isLive(row: ApiToken): boolean {
  return row.revokedAt === null && row.expiresAt.getTime() > Date.now();
}
