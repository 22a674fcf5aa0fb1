import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SIGNAL_ALERT_SCOPES, SignalAlertScope } from '../signal-subscription.entity';

export const SignalAlertScopeEnum = Object.fromEntries(
  SIGNAL_ALERT_SCOPES.map((scope) => [scope, scope]),
) as {
  [K in SignalAlertScope]: K;
};
registerEnumType(SignalAlertScopeEnum, {
  name: 'SignalAlertScope',
  description: 'alle: every new signal (and when one becomes urgent); urgent: only urgent signals',
});

@ObjectType({ description: "The caller's e-mail alert for signals (docs/signal-alerts.md)" })
export class SignalSubscriptionModel {
  @Field(() => SignalAlertScopeEnum)
  scope!: SignalAlertScope;

  @Field()
  email!: string;

  @Field()
  createdAt!: Date;
}
