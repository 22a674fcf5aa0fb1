import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiTokensModule } from '../api-tokens/api-tokens.module';
import { UsersModule } from '../users/users.module';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { OidcController } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { SessionCache } from './session-cache';
import { SessionsRepository } from './sessions.repository';

/**
 * Login (password, and OpenID Connect when configured), sessions and the global AuthGuard. Needs
 * AuditModule (global) in the application.
 */
@Module({
  imports: [UsersModule, ApiTokensModule],
  controllers: [OidcController],
  providers: [
    AuthResolver,
    AuthService,
    OidcService,
    SessionsRepository,
    SessionCache,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
