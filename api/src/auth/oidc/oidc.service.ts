import { Inject, Injectable, Logger } from '@nestjs/common';
import * as client from 'openid-client';
import { AuditService } from '../../audit/audit.service';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { UsersRepository } from '../../users/users.repository';
import { AuthService } from '../auth.service';
import { AuthRequest } from '../request-context';
import { Role } from '../role';
import { SessionResponse } from '../session-cookie';
import { claimValues, OidcConfig, roleFromClaims } from './oidc-config';
import { OidcStateCookie, oidcStateKey } from './oidc-state';

/** What the controller sends: a redirect, or a Dutch message page with a status. */
export type OidcOutcome = { redirect: string } | { status: number; message: string };

export const OIDC_MESSAGES = {
  off: 'Inloggen met een organisatieaccount staat in deze installatie van Leerlus niet aan. Log in met uw gebruikersnaam en wachtwoord.',
  unreachable: 'Leerlus kan de inlogdienst van uw organisatie nu niet bereiken. Probeer het later opnieuw.',
  failed: 'Inloggen met uw organisatieaccount is niet gelukt, of het duurde te lang. Probeer het opnieuw.',
  noRole:
    'U kunt niet inloggen in Leerlus. Uw organisatieaccount is wel herkend, maar u hebt geen rol in Leerlus. ' +
    'Vraag de beheerder van Leerlus in uw organisatie om u toegang te geven.',
  noMunicipality:
    'U kunt niet inloggen in Leerlus. Uw organisatieaccount geeft geen gemeente door die Leerlus kent. ' +
    'Vraag de beheerder van Leerlus in uw organisatie om dit te regelen.',
  inactive:
    'Uw account in Leerlus is uitgezet. Vraag de beheerder van Leerlus in uw organisatie om het weer aan te zetten.',
} as const;

/** The parts of an Express request the callback reads. */
export interface OidcCallbackRequest extends AuthRequest {
  originalUrl?: string;
  url?: string;
}

type FailureReason = 'state' | 'provider' | 'no_role' | 'no_municipality' | 'inactive';

/**
 * Login with an organisation account: the authorization code flow with PKCE, state and nonce
 * (openid-client), ending in the same session as the password login (AuthService.startSession).
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  private readonly oidc: OidcConfig | undefined;
  private readonly stateCookie: OidcStateCookie;
  /** The provider's metadata, read on the first login (the API starts even when the provider is down). */
  private discovered: Promise<client.Configuration> | undefined;

  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.oidc = config.oidc;
    this.stateCookie = new OidcStateCookie(oidcStateKey(config.oidc?.clientSecret), config.production);
  }

  /** GET /auth/oidc/login: to the provider, with the check values in a short-lived cookie. */
  async start(res: SessionResponse): Promise<OidcOutcome> {
    if (!this.oidc) return { status: 404, message: OIDC_MESSAGES.off };
    const configuration = await this.configuration();
    if (!configuration) return { status: 502, message: OIDC_MESSAGES.unreachable };
    const login = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.oidc.redirectUri,
      scope: this.oidc.scope,
      state: login.state,
      nonce: login.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(login.codeVerifier),
      code_challenge_method: 'S256',
    });
    res.appendHeader('Set-Cookie', this.stateCookie.serialize(login));
    return { redirect: url.href };
  }

  /** GET /auth/oidc/callback: check the provider's answer, map the role, start the session. */
  async finish(req: OidcCallbackRequest, res: SessionResponse): Promise<OidcOutcome> {
    if (!this.oidc) return { status: 404, message: OIDC_MESSAGES.off };
    const login = this.stateCookie.read(req.headers);
    res.appendHeader('Set-Cookie', this.stateCookie.cleared());
    if (!login) return this.refuse('state', 400, OIDC_MESSAGES.failed);
    const configuration = await this.configuration();
    if (!configuration) return { status: 502, message: OIDC_MESSAGES.unreachable };

    let claims: Record<string, unknown>;
    try {
      claims = await this.exchange(configuration, this.oidc, req, login);
    } catch (error) {
      this.logger.warn(`OIDC callback refused: ${error instanceof Error ? error.message : String(error)}`);
      return this.refuse('provider', 400, OIDC_MESSAGES.failed, errorCode(error));
    }

    const role = roleFromClaims(claims, this.oidc);
    if (!role) return this.refuse('no_role', 403, OIDC_MESSAGES.noRole);
    let municipalityCode: string | null = null;
    if (this.oidc.municipalityClaim) {
      municipalityCode = claimValues(claims, this.oidc.municipalityClaim)[0] ?? null;
      if (!municipalityCode || !(await this.users.municipalityExists(municipalityCode))) {
        return this.refuse('no_municipality', 403, OIDC_MESSAGES.noMunicipality);
      }
    }
    const subject = String(claims.sub);
    const user = await this.users.upsertExternal({
      issuer: this.oidc.issuer,
      subject,
      username: `oidc:${subject}`,
      displayName: displayNameOf(claims),
      role,
      municipalityCode,
    });
    if (!user.active) return this.refuse('inactive', 403, OIDC_MESSAGES.inactive, undefined, user);
    await this.auth.startSession(
      { id: user.id, username: user.username, displayName: user.displayName, role: user.role },
      'oidc',
      req,
      res,
    );
    return { redirect: '/' };
  }

  /** Code → tokens (state, nonce, PKCE and the ID token checked), then the claims of ID token and, if needed, userinfo. */
  private async exchange(
    configuration: client.Configuration,
    oidc: OidcConfig,
    req: OidcCallbackRequest,
    login: { state: string; nonce: string; codeVerifier: string },
  ): Promise<Record<string, unknown>> {
    // The URL as registered at the provider, with the query the provider sent (the Host header is not trusted).
    const currentUrl = new URL(oidc.redirectUri);
    const path = req.originalUrl ?? req.url ?? '';
    currentUrl.search = path.includes('?') ? path.slice(path.indexOf('?')) : '';
    const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: login.codeVerifier,
      expectedState: login.state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) throw new Error('no ID token');
    const wanted = [oidc.roleClaim, ...(oidc.municipalityClaim ? [oidc.municipalityClaim] : [])];
    if (wanted.every((name) => claimValues(idToken, name).length > 0)) return { ...idToken };
    // Many providers put groups only in userinfo.
    const userinfo = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
    return { ...userinfo, ...idToken };
  }

  private async refuse(
    reason: FailureReason,
    status: number,
    message: string,
    code?: string,
    user?: { id: number; username: string; role: Role },
  ): Promise<OidcOutcome> {
    await this.audit.record({
      user: user ? { id: user.id, username: user.username, role: user.role } : null,
      action: 'auth.login_failed',
      entity: 'app_user',
      entityId: user?.id,
      details: { method: 'oidc', reason, ...(code ? { code } : {}) },
    });
    return { status, message };
  }

  private configuration(): Promise<client.Configuration | undefined> {
    const oidc = this.oidc;
    if (!oidc) return Promise.resolve(undefined);
    this.discovered ??= client.discovery(
      new URL(oidc.issuer),
      oidc.clientId,
      oidc.clientSecret,
      oidc.clientSecret ? client.ClientSecretBasic(oidc.clientSecret) : client.None(),
      { execute: oidc.allowHttp ? [client.allowInsecureRequests] : [], timeout: 10 },
    );
    return this.discovered.catch((error: unknown) => {
      this.logger.error(
        `OIDC provider ${oidc.issuer} unreachable: ${error instanceof Error ? error.message : String(error)}`,
      );
      this.discovered = undefined; // try again on the next login
      return undefined;
    });
  }
}

function displayNameOf(claims: Record<string, unknown>): string {
  for (const name of ['name', 'preferred_username', 'email']) {
    const value = claims[name];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 200);
  }
  return 'Organisatieaccount';
}

/** openid-client's error code (e.g. OAUTH_JWT_CLAIM_COMPARISON_FAILED) or the provider's `error`, for the audit log. */
function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const record = error as { error?: unknown; code?: unknown };
  if (typeof record.error === 'string') return record.error.slice(0, 100);
  return typeof record.code === 'string' ? record.code.slice(0, 100) : undefined;
}
