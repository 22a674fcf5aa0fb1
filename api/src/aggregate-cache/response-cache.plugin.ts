import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { FormattedExecutionResult, Kind, OperationDefinitionNode, OperationTypeNode } from 'graphql';
import { AuthService } from '../auth/auth.service';
import { AuthRequest, GraphQLRequestContext } from '../auth/request-context';
import { AggregateCache, aggregateCacheKey } from './aggregate-cache.service';
import { AggregateCacheWarmer, AskedQuestion } from './aggregate-cache.warmer';

/** Per request: the root fields (response keys) that went through AggregateCacheInterceptor. */
const aggregateRootFields = new WeakMap<AuthRequest, Set<string>>();

/** Called by AggregateCacheInterceptor for a root field whose answer it may cache. */
export function markAggregateRootField(req: AuthRequest, responseKey: string | number): void {
  const marked = aggregateRootFields.get(req) ?? new Set<string>();
  marked.add(String(responseKey));
  aggregateRootFields.set(req, marked);
}

/** The JSON text of each kept answer, by its `data` (kept answers have neither errors nor extensions). */
const keptJson = new WeakMap<object, string>();

/**
 * Apollo's `stringifyResult` (its default is `JSON.stringify(value) + '\n'`): a kept answer is written
 * once, when it is kept, and its text reused for every repeat, since writing a large answer (a 3-year
 * series is ~100 KB) costs more than everything else a cache hit does.
 */
export function stringifyResult(result: FormattedExecutionResult): string {
  const known = result.data && !result.errors && !result.extensions ? keptJson.get(result.data) : undefined;
  return known ?? `${JSON.stringify(result)}\n`;
}

/** The response keys of a query's root fields, or null when the operation cannot be kept whole. */
function rootResponseKeys(operation: OperationDefinitionNode): string[] | null {
  if (operation.operation !== OperationTypeNode.QUERY) return null;
  const keys: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return null;
    keys.push(selection.alias?.value ?? selection.name.value);
  }
  return keys;
}

/**
 * Keeps whole GraphQL answers of dashboard queries in AggregateCache, so a repeated question skips
 * GraphQL execution and its per-field work (most of the time of a large, already cached aggregate).
 * An answer is kept only when every root field went through AggregateCacheInterceptor (so only
 * @CachedAggregate queries, after their guards passed), without errors, for a logged-in user, and when
 * no data change came in while it was computed. The key is the one of the interceptor: the query and
 * its variables, role and municipality scope of the user, and today's date (Europe/Amsterdam).
 * Parsing, validation, the depth and cost limits and the rate limit still run for every request.
 */
@Plugin()
export class ResponseCachePlugin implements ApolloServerPlugin<GraphQLRequestContext> {
  constructor(
    private readonly cache: AggregateCache,
    private readonly auth: AuthService,
    private readonly warmer: AggregateCacheWarmer,
  ) {}

  requestDidStart(): Promise<GraphQLRequestListener<GraphQLRequestContext>> {
    const { cache, auth, warmer } = this;
    if (!cache.active) return Promise.resolve({});
    const dataVersion = cache.dataVersion;
    let key: string | null = null;
    let question: AskedQuestion | null = null;
    let rootKeys: string[] = [];
    let fromCache = false;
    return Promise.resolve({
      async responseForOperation({ operation, request, queryHash, contextValue, response }) {
        const keys = rootResponseKeys(operation);
        if (!keys) return null;
        const user = await auth.userFromRequest(contextValue.req);
        if (!user) return null;
        rootKeys = keys;
        const variables = request.variables ?? {};
        key = aggregateCacheKey(user, [queryHash, request.operationName ?? null, variables]);
        question = request.query
          ? { query: request.query, operationName: request.operationName ?? null, variables, viewer: user }
          : null;
        const kept = cache.response<FormattedExecutionResult>(key);
        if (!kept) return null;
        fromCache = true;
        if (question) warmer.asked(contextValue.req, key, question);
        // Apollo's own head of this request (status, headers): no second copy of its HeaderMap class.
        return { http: response.http, body: { kind: 'single', singleResult: kept } };
      },
      willSendResponse({ response, contextValue }) {
        if (fromCache || key === null || response.body.kind !== 'single') return Promise.resolve();
        const result = response.body.singleResult;
        const marked = aggregateRootFields.get(contextValue.req);
        if (!result.errors && !result.extensions && result.data && rootKeys.every((k) => marked?.has(k))) {
          const text = `${JSON.stringify({ data: result.data })}\n`;
          keptJson.set(result.data, text);
          cache.keepResponse(key, result, dataVersion, text.length);
          if (question) warmer.asked(contextValue.req, key, question);
        }
        return Promise.resolve();
      },
    });
  }
}
