import type { IncomingMessage, ServerResponse } from 'node:http';

export const RATE_LIMITED = 'RATE_LIMITED';

/**
 * Token buckets in this process, one per key: `perMinute` tokens at most (the burst), refilled
 * continuously at `perMinute` per minute; a request takes one token. One API process only: with
 * several instances every instance has its own buckets (see docs/security.md for a shared store).
 */
export class TokenBucketLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 50_000,
  ) {
    this.perMs = perMinute / 60_000;
  }

  /** Takes a token for `key`: 0 when allowed, otherwise the seconds until the next token. */
  take(key: string): number {
    const now = this.now();
    const bucket = this.buckets.get(key);
    const tokens = bucket
      ? Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.perMs)
      : this.perMinute;
    if (tokens >= 1) {
      if (!bucket && this.buckets.size >= this.maxKeys) this.prune(now);
      this.buckets.set(key, { tokens: tokens - 1, at: now });
      return 0;
    }
    this.buckets.set(key, { tokens, at: now });
    return Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000));
  }

  /** Forgets full buckets (they behave exactly like a missing one). */
  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.perMinute) this.buckets.delete(key);
    }
  }
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * Express middleware for /graphql: `keyOf` names the caller (the user when logged in, else the
 * client address). Over the limit: HTTP 429, Retry-After and a GraphQL-shaped body, so clients
 * that only read `errors` still see why.
 */
export function rateLimitMiddleware(
  limiter: TokenBucketLimiter,
  keyOf: (req: IncomingMessage) => Promise<string>,
): Middleware {
  return (req, res, next) => {
    if (req.method === 'OPTIONS') return next();
    keyOf(req).then(
      (key) => {
        const retryAfter = limiter.take(key);
        if (!retryAfter) return next();
        res.statusCode = 429;
        res.setHeader('Retry-After', String(retryAfter));
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(
          JSON.stringify({
            errors: [
              {
                message:
                  `Te veel verzoeken; probeer het over ${retryAfter} seconden opnieuw. ` +
                  `Too many requests; retry after ${retryAfter} seconds.`,
                extensions: { code: RATE_LIMITED, retryAfterSeconds: retryAfter },
              },
            ],
          }),
        );
      },
      (error: unknown) => next(error),
    );
  };
}

/** The client address as Express sees it (honours `trust proxy`), else the socket's. */
export function clientAddress(req: IncomingMessage): string {
  const ip = (req as IncomingMessage & { ip?: string }).ip;
  return ip ?? req.socket.remoteAddress ?? 'onbekend';
}
