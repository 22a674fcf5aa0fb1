import { UnauthorizedException } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { SignalFilterInput } from './dto/signal-filter.input';
import { SignalStatus } from './signal.entity';
import { Signal, SignalStatusEnum } from './models/signal.model';
import { SignalEvidenceRecordModel } from './models/signal-evidence-record.model';
import { SignalRuleModel } from './models/signal-rule.model';
import { SignalsService } from './signals.service';

function required(user: AuthenticatedUser | null): AuthenticatedUser {
  if (!user) throw new UnauthorizedException();
  return user;
}

@Resolver(() => Signal)
export class SignalsResolver {
  constructor(private readonly service: SignalsService) {}

  @Query(() => [Signal], {
    description:
      'Systemic-failure signals with aggregate evidence; small counts withheld for raad, panel, college',
  })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  signals(
    @Args('filter', { type: () => SignalFilterInput, nullable: true }) filter: SignalFilterInput | null,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<Signal[]> {
    return this.service.signals(filter, required(user));
  }

  @Query(() => Signal, { nullable: true })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  signal(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<Signal | null> {
    return this.service.signal(id, required(user));
  }

  @Query(() => [SignalRuleModel], { description: 'The signal rules and their thresholds' })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  signalRules(): Promise<SignalRuleModel[]> {
    return this.service.rules();
  }

  @Mutation(() => Signal, { description: 'Set the status of a signal (beleid, beheer; audited)' })
  @Roles('beleid', 'beheer')
  updateSignalStatus(
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => SignalStatusEnum }) status: SignalStatus,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<Signal> {
    return this.service.updateStatus(id, status, note, required(user));
  }

  @ResolveField(() => [SignalEvidenceRecordModel], {
    description: 'The pseudonymised, redacted records behind the signal: beleid and beheer only, audited',
  })
  evidenceRecords(
    @Parent() signal: Signal,
    @Args('limit', { type: () => Int, defaultValue: 200 }) limit: number,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<SignalEvidenceRecordModel[]> {
    return this.service.evidenceRecords(signal, limit, required(user));
  }
}
