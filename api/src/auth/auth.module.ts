import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { UsersModule } from '../users/users.module';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SessionsRepository } from './sessions.repository';

/** Login, sessions and the global AuthGuard. Needs AuditModule (global) in the application. */
@Module({
  imports: [UsersModule],
  providers: [AuthResolver, AuthService, SessionsRepository, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService],
})
export class AuthModule {}
