import { CallHandler, ExecutionContext, Injectable, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, lastValueFrom, Observable } from 'rxjs';
import { requestOf } from '../auth/request-context';
import { systemClock } from '../metrics/metrics.service';
import { AggregateCache } from './aggregate-cache.service';

/**
 * Serves an aggregate query from AggregateCache. Runs after the guards, so every request is still
 * authenticated and role-checked. The key holds everything an aggregate answer depends on besides the
 * data: the query field and its arguments, the role (suppression) and municipality scope of the user,
 * and today's date in Europe/Amsterdam, as the services count it (periods "to date", ages of open cases).
 */
@Injectable()
export class AggregateCacheInterceptor implements NestInterceptor {
  constructor(private readonly cache: AggregateCache) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const user = requestOf(context).user;
    if (!user || !this.cache.active) return next.handle();
    const gql = GqlExecutionContext.create(context);
    const key = JSON.stringify([
      gql.getInfo<{ fieldName: string }>().fieldName,
      user.role,
      user.municipalityCode,
      systemClock.today(),
      gql.getArgs(),
    ]);
    return from(this.cache.get(key, () => lastValueFrom(next.handle())));
  }
}

/** Marks a query resolver whose answer depends only on the data, the user's role/scope and the date. */
export const CachedAggregate = (): MethodDecorator & ClassDecorator =>
  UseInterceptors(AggregateCacheInterceptor);
