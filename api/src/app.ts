import 'reflect-metadata';
import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppModule } from './app.module';
import { AuthService } from './auth/auth.service';
import { AuthRequest } from './auth/request-context';
import { AppConfig } from './config/app-config';
import { clientAddress, rateLimitMiddleware, TokenBucketLimiter } from './hardening/rate-limit';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * Security headers. The dashboard is a Vite build: its scripts and styles are files from this
 * origin, so no inline scripts and no third-party origins are allowed. GraphiQL (development only)
 * loads from a CDN, so in development GET /graphql goes without a CSP.
 */
export function securityHeaders(config: AppConfig): Middleware {
  const strict = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: config.production,
  });
  if (config.production) return strict;
  const withoutCsp = helmet({ contentSecurityPolicy: false, strictTransportSecurity: false });
  return (req, res, next) =>
    req.method === 'GET' && (req.url ?? '').startsWith('/graphql')
      ? withoutCsp(req, res, next)
      : strict(req, res, next);
}

export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: config.production ? ['error', 'warn', 'log'] : ['error', 'warn'],
  });
  // Express would hash every GraphQL answer (up to ~100 KB) for an ETag that no POST ever uses.
  // The dashboard's static files keep theirs (serve-static sets its own).
  app.set('etag', false);
  app.use(securityHeaders(config));
  if (config.rateLimitPerMinute) {
    // Per API token or per user when the token or session cookie resolves to one (AuthService caches
    // the lookup per request, so the AuthGuard does not query again), else per client address.
    const auth = app.get(AuthService);
    const limiter = new TokenBucketLimiter(config.rateLimitPerMinute);
    const limit = rateLimitMiddleware(limiter, async (req) => {
      const authRequest = req as AuthRequest;
      const user = await auth.userFromRequest(authRequest).catch(() => null);
      if (user && authRequest.apiTokenId !== undefined) return `token:${authRequest.apiTokenId}`;
      return user ? `user:${user.id}` : `ip:${clientAddress(req)}`;
    });
    app.use('/graphql', limit);
    app.use('/api/v1', limit);
  }
  return app;
}

export async function startApp(config: AppConfig): Promise<INestApplication> {
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  new Logger('Leerlus').log(`Listening on http://localhost:${config.port}`);
  return app;
}
