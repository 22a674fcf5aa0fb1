import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { UsersRepository } from '../users/users.repository';
import { AuthOptions } from './models/auth-options.model';
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
import { LoginThrottle, Semaphore } from './login-throttle';
import { SessionCache } from './session-cache';
import { SessionsRepository } from './sessions.repository';

/** A session ends after 8 hours without requests… */
export const SESSION_IDLE_SECONDS = 8 * 60 * 60;
/** …and in any case 24 hours after login. */
export const SESSION_ABSOLUTE_SECONDS = 24 * 60 * 60;

export const LOGIN_FAILED_MESSAGE = 'Onbekende gebruikersnaam of onjuist wachtwoord';

export const LOGIN_THROTTLED_MESSAGE = 'Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.';

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

/** Failed logins per typed username and client address, and per client address, in 15 minutes. */
const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_USERNAME = 10;
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
  private readonly perUsername = new LoginThrottle(MAX_FAILURES_PER_USERNAME, THROTTLE_WINDOW_MS);
  private readonly perAddress = new LoginThrottle(MAX_FAILURES_PER_ADDRESS, THROTTLE_WINDOW_MS);

  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly sessionCache: SessionCache,
    private readonly audit: AuditService,
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
    const usernameKey = `${username.toLowerCase()}|${address}`;
    // Keyed on what was typed, so this says nothing about whether the account exists.
    if (this.perUsername.isBlocked(usernameKey) || this.perAddress.isBlocked(address)) {
      throw new UnauthorizedException(LOGIN_THROTTLED_MESSAGE);
    }
    const wellFormed =
      username.length > 0 && username.length <= MAX_USERNAME_LENGTH && password.length <= MAX_PASSWORD_LENGTH;
    const user = wellFormed ? await this.users.findActiveByUsername(username) : null;
    const passwordOk = user?.passwordHash
      ? await this.verify(user.passwordHash, password)
      : await this.verify(await this.getDummyHash(), password.slice(0, MAX_PASSWORD_LENGTH)).then(
          () => false,
        );

    if (!user || !passwordOk) {
      this.perUsername.fail(usernameKey);
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

    this.perUsername.succeed(usernameKey);
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

  userFromRequest(req: AuthRequest): Promise<AuthenticatedUser | null> {
    let user = this.resolved.get(req);
    if (!user) {
      const token = readCookie(req.headers, this.cookieName);
      user = token
        ? this.sessionCache.user(hashSessionToken(token), (hash) =>
            this.sessions.touch(hash, SESSION_IDLE_SECONDS),
          )
        : Promise.resolve(null);
      this.resolved.set(req, user);
    }
    return user;
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
