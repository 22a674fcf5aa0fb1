import { Module } from '@nestjs/common';
import { ApiTokensRepository } from './api-tokens.repository';
import { ApiTokensResolver } from './api-tokens.resolver';
import { ApiTokensService } from './api-tokens.service';

/** Personal API tokens (docs/api.md); AuthModule resolves bearer tokens through ApiTokensService. */
@Module({
  providers: [ApiTokensResolver, ApiTokensService, ApiTokensRepository],
  exports: [ApiTokensService],
})
export class ApiTokensModule {}
