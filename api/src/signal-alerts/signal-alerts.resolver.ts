import { UnauthorizedException } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { SignalAlertScopeEnum, SignalSubscriptionModel } from './models/signal-subscription.model';
import { SignalAlertsService } from './signal-alerts.service';
import { SignalAlertScope } from './signal-subscription.entity';

function required(user: AuthenticatedUser | null): AuthenticatedUser {
  if (!user) throw new UnauthorizedException();
  return user;
}

@Resolver(() => SignalSubscriptionModel)
export class SignalAlertsResolver {
  constructor(private readonly service: SignalAlertsService) {}

  @Query(() => SignalSubscriptionModel, {
    nullable: true,
    description: "The caller's e-mail alert for signals; null when not subscribed",
  })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  signalSubscription(@CurrentUser() user: AuthenticatedUser | null): Promise<SignalSubscriptionModel | null> {
    return this.service.subscription(required(user));
  }

  @Mutation(() => SignalSubscriptionModel, {
    description: 'Receive an e-mail for every new signal or only for urgent ones (audited)',
  })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  subscribeToSignals(
    @Args('scope', { type: () => SignalAlertScopeEnum }) scope: SignalAlertScope,
    @Args('email') email: string,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<SignalSubscriptionModel> {
    return this.service.subscribe(scope, email, required(user));
  }

  @Mutation(() => Boolean, { description: 'Stop signal alerts; false when not subscribed' })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  unsubscribeFromSignals(@CurrentUser() user: AuthenticatedUser | null): Promise<boolean> {
    return this.service.unsubscribe(required(user));
  }
}
