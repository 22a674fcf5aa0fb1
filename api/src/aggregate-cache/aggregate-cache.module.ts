import { Global, Module } from '@nestjs/common';
import { AggregateCacheInterceptor } from './aggregate-cache.interceptor';
import { AggregateCache } from './aggregate-cache.service';

@Global()
@Module({
  providers: [AggregateCache, AggregateCacheInterceptor],
  exports: [AggregateCache, AggregateCacheInterceptor],
})
export class AggregateCacheModule {}
