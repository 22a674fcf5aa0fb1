import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ApolloDriver } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { LRUCache } from 'lru-cache';
import { performance } from 'node:perf_hooks';
import { AuthService } from '../auth/auth.service';
import { AuthRequest, GraphQLRequestContext } from '../auth/request-context';
import { AuthenticatedUser } from '../auth/role';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AggregateCache } from './aggregate-cache.service';

/** A dashboard question as a user sent it, and who asked it (their role and scope shape the answer). */
export interface AskedQuestion {
  query: string;
  operationName: string | null;
  variables: Record<string, unknown>;
  viewer: AuthenticatedUser;
}

/** The same question asked on another day, or by another user with the same role and scope, is one. */
const questionIdentity = ({ query, operationName, variables, viewer }: AskedQuestion): string =>
  JSON.stringify([query, operationName, variables, viewer.role, viewer.municipalityCode]);

/** Quiet time after the last data change before the warm-up starts (an import commits several times). */
export const WARM_UP_DELAY_MS = 1000;
/** A question nobody asked for this long is no longer warmed up. */
const QUESTION_MAX_AGE_MS = 7 * 24 * 3600 * 1000;
const DEFAULT_BUDGET_MS = 10_000;
const DEFAULT_MAX_QUESTION_MS = 2000;

/**
 * Computes the most recently asked dashboard questions again after every data change, so the first
 * viewer after an import is served from the cache instead of waiting for the cold computation (up to
 * seconds at 10M records). Questions are remembered by ResponseCachePlugin, only those whose whole
 * answer it keeps (aggregates, no record-level data), at most `aggregateWarmQuestions`. Each one runs
 * through Apollo's full pipeline as an in-process request with the role and scope the user had when
 * asking, so guards, role checks and disclosure control apply as they did then; the answer is kept
 * under that role and scope, and served only to sessions that have them. One question at a time,
 * newest first; a new data change stops the round (the next one starts after the quiet time).
 *
 * Bounded so that it never stalls live requests: after each question the warmer pauses as long as
 * that question took (at most half of the server's time, live requests go first in between), a round
 * stops at its time budget, and a question that took longer than `aggregateWarmMaxQuestionMs` is
 * forgotten (it is computed again only when someone asks it again).
 */
@Injectable()
export class AggregateCacheWarmer implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AggregateCacheWarmer.name);
  /** By questionIdentity: the question and its latest cache key (which also holds the date). */
  private readonly questions: LRUCache<string, { question: AskedQuestion; cacheKey: string }> | null;
  /** The requests this warmer made: asking again through them does not keep a question alive. */
  private readonly own = new WeakSet<AuthRequest>();
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<number> | undefined;
  private stopped = false;
  private readonly budgetMs: number;
  private readonly maxQuestionMs: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly cache: AggregateCache,
    private readonly auth: AuthService,
    private readonly moduleRef: ModuleRef,
  ) {
    const max = config.aggregateCacheEntries ? (config.aggregateWarmQuestions ?? 0) : 0;
    this.questions = max > 0 ? new LRUCache({ max, ttl: QUESTION_MAX_AGE_MS }) : null;
    this.budgetMs = config.aggregateWarmBudgetMs ?? DEFAULT_BUDGET_MS;
    this.maxQuestionMs = config.aggregateWarmMaxQuestionMs ?? DEFAULT_MAX_QUESTION_MS;
  }

  onModuleInit(): void {
    if (this.questions) this.cache.onInvalidated(() => this.schedule());
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.round;
  }

  /** Remembers a question a user asked (its answer cached under `cacheKey`); the newest are warmed up first. */
  asked(req: AuthRequest, cacheKey: string, question: AskedQuestion): void {
    if (!this.own.has(req)) this.questions?.set(questionIdentity(question), { question, cacheKey });
  }

  /** The warm-up round now running, if any: resolves to the number of questions answered. */
  get running(): Promise<number> | undefined {
    return this.round;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // A round still running stops at its next question (the data version changed) before this starts.
      this.round = (this.round ?? Promise.resolve(0)).then(() =>
        this.warmUp().catch((error: unknown) => {
          this.logger.warn(`warm-up stopped: ${error instanceof Error ? error.message : String(error)}`);
          return 0;
        }),
      );
    }, WARM_UP_DELAY_MS);
    this.timer.unref();
  }

  private async warmUp(): Promise<number> {
    const questions = this.questions;
    if (!questions || !this.cache.active) return 0;
    const server = this.moduleRef.get(GraphQLModule<ApolloDriver>, { strict: false }).graphQlAdapter.instance;
    const version = this.cache.dataVersion;
    const started = performance.now();
    let answered = 0;
    // The LRU lists the most recently asked first.
    for (const [identity, { question, cacheKey }] of [...questions.entries()]) {
      if (this.stopped || this.cache.dataVersion !== version || !this.cache.active) break;
      if (performance.now() - started >= this.budgetMs) {
        this.logger.log(
          `warm-up stopped at its time budget of ${this.budgetMs} ms after ${answered} questions`,
        );
        break;
      }
      if (this.cache.response(cacheKey)) continue;
      const questionStarted = performance.now();
      const req = this.auth.internalRequest(question.viewer);
      this.own.add(req);
      const contextValue: GraphQLRequestContext = { req, res: { appendHeader: () => undefined } };
      try {
        const response = await server.executeOperation(
          {
            query: question.query,
            operationName: question.operationName ?? undefined,
            variables: question.variables,
          },
          { contextValue },
        );
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        const took = performance.now() - questionStarted;
        // A question that no longer gets an answer, or costs too much to repeat for everyone, is not asked again.
        if (errors?.length || took > this.maxQuestionMs) questions.delete(identity);
        if (!errors?.length) answered++;
        // Live requests first: pause as long as this question took.
        await new Promise((resolve) => setTimeout(resolve, took));
      } catch (error) {
        if (this.stopped) break;
        this.logger.warn(
          `warm-up of a question failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        questions.delete(identity);
      }
    }
    if (answered > 0) {
      this.logger.log(
        `${answered} dashboard questions computed again in ${Math.round(performance.now() - started)} ms`,
      );
    }
    return answered;
  }
}
