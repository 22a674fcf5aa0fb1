import { Global, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AggregateCacheInterceptor } from './aggregate-cache.interceptor';
import { AggregateCache } from './aggregate-cache.service';
import { AggregateCacheWarmer } from './aggregate-cache.warmer';
import { ResponseCachePlugin } from './response-cache.plugin';

@Global()
@Module({
  imports: [AuthModule],
  providers: [AggregateCache, AggregateCacheInterceptor, AggregateCacheWarmer, ResponseCachePlugin],
  exports: [AggregateCache, AggregateCacheInterceptor],
})
export class AggregateCacheModule {}
