import { CallHandler, ExecutionContext, Injectable, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { from, lastValueFrom, Observable } from 'rxjs';
import { requestOf } from '../auth/request-context';
import { AggregateCache, aggregateCacheKey } from './aggregate-cache.service';
import { markAggregateRootField } from './response-cache.plugin';

/**
 * Serves an aggregate query from AggregateCache. Runs after the guards, so every request is still
 * authenticated and role-checked. The question in the key (aggregateCacheKey) is the query field and
 * its arguments.
 */
@Injectable()
export class AggregateCacheInterceptor implements NestInterceptor {
  constructor(private readonly cache: AggregateCache) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = requestOf(context);
    const user = req.user;
    if (!user || !this.cache.active) return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.path.prev === undefined) markAggregateRootField(req, info.path.key);
    const key = aggregateCacheKey(user, [info.fieldName, gql.getArgs()]);
    return from(this.cache.get(key, () => lastValueFrom(next.handle())));
  }
}

/** Marks a query resolver whose answer depends only on the data, the user's role/scope and the date. */
export const CachedAggregate = (): MethodDecorator & ClassDecorator =>
  UseInterceptors(AggregateCacheInterceptor);
