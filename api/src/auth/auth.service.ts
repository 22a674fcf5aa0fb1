import {
  Inject,
  Injectable,
  NotFoundException,
  UnauthorizedException,
  UnprocessableEntityException,
} from '@nestjs/common';
import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { readBearerToken } from '../api-tokens/api-token-secret';
import { ApiTokensService, TOKEN_REFUSALS } from '../api-tokens/api-tokens.service';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { UsersRepository } from '../users/users.repository';
import { AuthOptions } from './models/auth-options.model';
import { passwordProblem } from './password-policy';
import { AuthRequest } from './request-context';
import { AuthenticatedUser, Role } from './role';
import {
  clearedSessionCookie,
  hashSessionToken,
  newSessionToken,
  readCookie,
  sessionCookie,
  sessionCookieName,
  SessionResponse,
} from './session-cookie';
import { GrowingDelay, LoginThrottle, Semaphore } from './login-throttle';
import { SessionCache } from './session-cache';
import { SessionsRepository } from './sessions.repository';

/** A session ends after 8 hours without requests… */
export const SESSION_IDLE_SECONDS = 8 * 60 * 60;
/** …and in any case 24 hours after login. */
export const SESSION_ABSOLUTE_SECONDS = 24 * 60 * 60;

export const LOGIN_FAILED_MESSAGE = 'Onbekende gebruikersnaam of onjuist wachtwoord';

export const LOGIN_THROTTLED_MESSAGE = 'Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.';

export function accountDelayedMessage(waitMs: number): string {
  return `Te veel mislukte pogingen voor deze gebruikersnaam. Probeer het over ${Math.ceil(waitMs / 1000)} seconden opnieuw.`;
}

/**
 * argon2id with OWASP's recommended parameters (19 MiB, t=2, p=1). With at most
 * MAX_CONCURRENT_HASHES at a time, a burst of logins costs at most ~80 MiB of memory.
 */
export const PASSWORD_HASH_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;
const MAX_CONCURRENT_HASHES = 4;

/**
 * Per account (typed username, any address): 5 free failures, then a wait of 1 s, 2 s, 4 s … at most
 * 60 s after each failure (so at most ~60 guesses an hour, OWASP ASVS 2.2.1 asks ≤ 100), forgotten
 * 15 minutes after the last failure. Per client address: 100 failures in 15 minutes, any usernames.
 */
const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const FREE_FAILURES_PER_ACCOUNT = 5;
export const ACCOUNT_DELAY_BASE_MS = 1000;
const ACCOUNT_DELAY_MAX_MS = 60 * 1000;
const MAX_FAILURES_PER_ADDRESS = 100;

const MAX_USERNAME_LENGTH = 200;
const MAX_PASSWORD_LENGTH = 1000;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, PASSWORD_HASH_OPTIONS);
}

/** How the user proved who they are. */
export type LoginMethod = 'password' | 'oidc';

export interface LoggedInUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
}

@Injectable()
export class AuthService {
  /** Verified against for unknown users, so they take as long as a wrong password. */
  private dummyHash: Promise<string> | undefined;
  /** One session lookup per HTTP request, however many guarded root fields the operation has. */
  private readonly resolved = new WeakMap<AuthRequest, Promise<AuthenticatedUser | null>>();
  private readonly cookieName: string;
  private readonly hashing = new Semaphore(MAX_CONCURRENT_HASHES);
  private readonly perAccount = new GrowingDelay(
    FREE_FAILURES_PER_ACCOUNT,
    ACCOUNT_DELAY_BASE_MS,
    ACCOUNT_DELAY_MAX_MS,
    THROTTLE_WINDOW_MS,
  );
  private readonly perAddress = new LoginThrottle(MAX_FAILURES_PER_ADDRESS, THROTTLE_WINDOW_MS);

  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly sessionCache: SessionCache,
    private readonly audit: AuditService,
    private readonly apiTokens: ApiTokensService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.cookieName = sessionCookieName(config.production);
  }

  async login(
    username: string,
    password: string,
    req: AuthRequest,
    res: SessionResponse,
  ): Promise<LoggedInUser> {
    const address = req.socket?.remoteAddress ?? 'unknown';
    // Keyed on what was typed, so this says nothing about whether the account exists.
    const accountKey = username.trim().toLowerCase();
    if (this.perAddress.isBlocked(address)) throw new UnauthorizedException(LOGIN_THROTTLED_MESSAGE);
    const waitMs = this.perAccount.waitMs(accountKey);
    if (waitMs > 0) throw new UnauthorizedException(accountDelayedMessage(waitMs));
    const wellFormed =
      username.length > 0 && username.length <= MAX_USERNAME_LENGTH && password.length <= MAX_PASSWORD_LENGTH;
    const user = wellFormed ? await this.users.findActiveByUsername(username) : null;
    const passwordOk = user?.passwordHash
      ? await this.verify(user.passwordHash, password)
      : await this.verify(await this.getDummyHash(), password.slice(0, MAX_PASSWORD_LENGTH)).then(
          () => false,
        );

    if (!user || !passwordOk) {
      this.perAccount.fail(accountKey);
      this.perAddress.fail(address);
      await this.audit.record({
        // The typed name is only recorded when it is an account: an unknown "username" may well be a password.
        user: user ? { id: user.id, username: user.username, role: user.role } : null,
        action: 'auth.login_failed',
        entity: 'app_user',
        entityId: user?.id,
        details: { reason: user ? 'wrong_password' : 'unknown_user' },
      });
      throw new UnauthorizedException(LOGIN_FAILED_MESSAGE);
    }

    this.perAccount.succeed(accountKey);
    const loggedIn = { id: user.id, username: user.username, displayName: user.displayName, role: user.role };
    await this.startSession(loggedIn, 'password', req, res);
    return loggedIn;
  }

  /**
   * Starts a session for a user whose identity was checked (password, or an OpenID Connect
   * provider): a new token in the session cookie, the login in the audit log.
   */
  async startSession(
    user: LoggedInUser,
    method: LoginMethod,
    req: AuthRequest,
    res: SessionResponse,
  ): Promise<void> {
    // A new token on every login; a session the browser already had is ended.
    await this.endSession(req);
    await this.sessions.deleteExpired(SESSION_IDLE_SECONDS);
    const token = newSessionToken();
    await this.sessions.create(hashSessionToken(token), user.id, SESSION_ABSOLUTE_SECONDS);
    res.appendHeader(
      'Set-Cookie',
      sessionCookie(this.cookieName, token, {
        maxAgeSeconds: SESSION_ABSOLUTE_SECONDS,
        secure: this.config.production,
      }),
    );
    await this.audit.record({
      user: { id: user.id, username: user.username, role: user.role },
      action: 'auth.login',
      entity: 'app_user',
      entityId: user.id,
      ...(method === 'password' ? {} : { details: { method } }),
    });
  }

  /**
   * A user changes their own password: the current one must be right (failures count towards the
   * account's delay, like logins), the new one must pass the password policy. Every other session of
   * the user ends; this one stays.
   */
  async changePassword(
    user: AuthenticatedUser,
    currentPassword: string,
    newPassword: string,
    req: AuthRequest,
  ): Promise<boolean> {
    const accountKey = user.username.trim().toLowerCase();
    const waitMs = this.perAccount.waitMs(accountKey);
    if (waitMs > 0) throw new UnprocessableEntityException(accountDelayedMessage(waitMs));
    const account = await this.users.findLocalById(user.id);
    if (!account?.passwordHash) {
      throw new UnprocessableEntityException(
        'Dit account heeft geen Leerlus-wachtwoord; u logt in met uw organisatieaccount.',
      );
    }
    if (
      currentPassword.length > MAX_PASSWORD_LENGTH ||
      !(await this.verify(account.passwordHash, currentPassword))
    ) {
      this.perAccount.fail(accountKey);
      await this.audit.record({
        user,
        action: 'auth.password_change_failed',
        entity: 'app_user',
        entityId: user.id,
        details: { reason: 'wrong_password' },
      });
      throw new UnprocessableEntityException('Het huidige wachtwoord klopt niet.');
    }
    if (newPassword === currentPassword) {
      throw new UnprocessableEntityException('Het nieuwe wachtwoord is hetzelfde als het huidige.');
    }
    await this.setPassword(account.id, newPassword, [account.username, account.displayName]);
    const token = readCookie(req.headers, this.cookieName);
    await this.sessions.deleteForUser(account.id, token ? hashSessionToken(token) : null);
    await this.audit.record({ user, action: 'auth.password_changed', entity: 'app_user', entityId: user.id });
    return true;
  }

  /**
   * A beheerder sets a new password for a local account (forgotten password): within their own
   * municipality when they are bound to one. Every session of that user ends.
   */
  async resetPassword(admin: AuthenticatedUser, username: string, newPassword: string): Promise<boolean> {
    const account = await this.users.findLocalByUsername(username);
    if (
      !account ||
      (admin.municipalityCode !== null && account.municipalityCode !== admin.municipalityCode)
    ) {
      throw new NotFoundException(`Er is geen eigen Leerlus-account "${username}".`);
    }
    await this.setPassword(account.id, newPassword, [account.username, account.displayName]);
    await this.sessions.deleteForUser(account.id, null);
    this.perAccount.succeed(account.username.toLowerCase());
    await this.audit.record({
      user: admin,
      action: 'auth.password_reset',
      entity: 'app_user',
      entityId: account.id,
    });
    return true;
  }

  private async setPassword(userId: number, password: string, context: string[]): Promise<void> {
    await this.users.setPasswordHash(userId, await this.hashNewPassword(password, context));
  }

  /** The hash of a new password that meets the policy (else 422 with the reason); for new accounts too. */
  async hashNewPassword(password: string, context: string[]): Promise<string> {
    const problem = passwordProblem(password, context);
    if (problem) throw new UnprocessableEntityException(problem);
    return this.hashing.run(() => hashPassword(password));
  }

  /** Ends every session of a user (after a change of role, municipality or a deactivation). */
  endSessionsOf(userId: number): Promise<void> {
    return this.sessions.deleteForUser(userId, null);
  }

  /** How one can log in here (for the login page). */
  options(): AuthOptions {
    return { oidc: this.config.oidc !== undefined };
  }

  /** Ends the request's session (if any) and clears the cookie; true when there was a live session. */
  async logout(req: AuthRequest, res: SessionResponse): Promise<boolean> {
    const user = await this.userFromRequest(req);
    await this.endSession(req);
    res.appendHeader('Set-Cookie', clearedSessionCookie(this.cookieName, this.config.production));
    if (user) await this.audit.record({ user, action: 'auth.logout', entity: 'app_user', entityId: user.id });
    return user !== null;
  }

  /**
   * The request's user: from `Authorization: Bearer <API token>` when that header is there (a bad
   * token is refused, never replaced by the session), else from the session cookie.
   */
  userFromRequest(req: AuthRequest): Promise<AuthenticatedUser | null> {
    let user = this.resolved.get(req);
    if (!user) {
      const bearer = readBearerToken(req.headers);
      const token = readCookie(req.headers, this.cookieName);
      user =
        bearer !== undefined
          ? this.userFromApiToken(bearer, req)
          : token
            ? this.sessionCache.user(hashSessionToken(token), (hash) =>
                this.sessions.touch(hash, SESSION_IDLE_SECONDS),
              )
            : Promise.resolve(null);
      this.resolved.set(req, user);
    }
    return user;
  }

  /** Looked up on every request (no cache): a revoked token or a changed user applies at once. */
  private async userFromApiToken(bearer: string | null, req: AuthRequest): Promise<AuthenticatedUser | null> {
    if (bearer === null) {
      req.authRefusal = TOKEN_REFUSALS.malformed;
      return null;
    }
    const result = await this.apiTokens.authenticate(bearer, {
      method: req.method ?? 'onbekend',
      path: (req.originalUrl ?? '').slice(0, 500),
    });
    if ('refusal' in result) {
      req.authRefusal = TOKEN_REFUSALS[result.refusal];
      return null;
    }
    req.apiTokenId = result.tokenId;
    return result.user;
  }

  /**
   * A request made inside this process on behalf of `user` (the aggregate cache's warm-up). It carries
   * no cookie, so only code in this process can make one, and every guard and role check still runs.
   */
  internalRequest(user: AuthenticatedUser): AuthRequest {
    const req: AuthRequest = { headers: {} };
    this.resolved.set(req, Promise.resolve(user));
    return req;
  }

  private async endSession(req: AuthRequest): Promise<void> {
    const token = readCookie(req.headers, this.cookieName);
    if (token) {
      const hash = hashSessionToken(token);
      await this.sessions.delete(hash);
      this.sessionCache.forget(hash);
    }
    this.resolved.set(req, Promise.resolve(null));
    req.user = null;
  }

  private async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await this.hashing.run(() => argon2.verify(hash, password));
    } catch {
      return false;
    }
  }

  private getDummyHash(): Promise<string> {
    this.dummyHash ??= hashPassword(randomBytes(32).toString('hex'));
    return this.dummyHash;
  }
}
