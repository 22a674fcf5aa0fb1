import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsoDateScalar } from '../../metrics/dto/iso-date.scalar';
import { SIGNAL_SEVERITIES, SIGNAL_STATUSES, SignalSeverity, SignalStatus } from '../signal.entity';

/** SIGNAL_STATUSES as the object registerEnumType needs: { nieuw: 'nieuw', … }. */
export const SignalStatusEnum = Object.fromEntries(SIGNAL_STATUSES.map((status) => [status, status])) as {
  [K in SignalStatus]: K;
};
registerEnumType(SignalStatusEnum, {
  name: 'SignalStatus',
  description: 'nieuw (new), in_behandeling (under review), opgepakt (addressed)',
});

export const SignalSeverityEnum = Object.fromEntries(SIGNAL_SEVERITIES.map((level) => [level, level])) as {
  [K in SignalSeverity]: K;
};
registerEnumType(SignalSeverityEnum, {
  name: 'SignalSeverity',
  description: 'laag, midden, hoog: the size of the deviation per rule (docs/indicators/signals.md)',
});

@ObjectType({ description: 'An organisation involved in a signal' })
export class SignalOrganisation {
  @Field()
  code!: string;

  @Field()
  name!: string;
}

@ObjectType({
  description:
    'One number of the aggregate evidence. For raad, panel and college a count is perturbed with the ' +
    'cell key of its records like every published count (value null, suppressed true when it lands on ' +
    '1..k-1), or, where the rule gives no key sum, withheld when 1..k-1; ratios come from the published counts',
})
export class SignalEvidenceValue {
  @Field({ description: 'What the number is, e.g. count, baseline, citizens, share, daysLate' })
  name!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => String, { nullable: true, description: 'Non-numeric evidence, e.g. finding or dueOn' })
  text!: string | null;

  @Field()
  suppressed!: boolean;

  @Field(() => String, { nullable: true, description: 'Set when the number is about one organisation' })
  organisationCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Set when the number is about one theme' })
  themeCode!: string | null;
}

@ObjectType({ description: 'A systemic-failure signal: one rule fired for one scope and period' })
export class Signal {
  @Field(() => ID)
  id!: string;

  @Field()
  municipalityCode!: string;

  @Field()
  ruleCode!: string;

  @Field({ description: 'Dutch label of the rule' })
  ruleLabel!: string;

  @Field({ description: 'Canonical scope, e.g. thema=wachttijd or wet=participatiewet|thema=terugvordering' })
  scopeKey!: string;

  @Field(() => String, { nullable: true })
  themeCode!: string | null;

  @Field(() => String, { nullable: true })
  themeLabel!: string | null;

  @Field(() => String, { nullable: true })
  organisationCode!: string | null;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;

  @Field(() => String, { nullable: true })
  domainCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Dutch label of the domain (never show the code)' })
  domainLabel!: string | null;

  @Field(() => String, { nullable: true })
  law!: string | null;

  @Field(() => [SignalOrganisation], { description: 'Organisations involved (theme rise, wal en schip)' })
  organisations!: SignalOrganisation[];

  @Field(() => IsoDateScalar)
  periodStart!: string;

  @Field(() => IsoDateScalar)
  periodEnd!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Strength (per rule, see docs/indicators/signals.md); null when it is a withheld count',
  })
  score!: number | null;

  @Field()
  scoreSuppressed!: boolean;

  @Field(() => SignalSeverityEnum, {
    description: "From the size of the deviation and the rule's severity_midden / severity_hoog thresholds",
  })
  severity!: SignalSeverity;

  @Field({ description: 'A hoog signal about a recent period: reaches the college at once (seed 003)' })
  urgent!: boolean;

  @Field(() => [SignalEvidenceValue])
  evidence!: SignalEvidenceValue[];

  @Field({ description: 'False when the latest computation no longer finds the pattern' })
  active!: boolean;

  @Field(() => SignalStatusEnum)
  status!: SignalStatus;

  @Field(() => String, { nullable: true })
  statusNote!: string | null;

  @Field(() => Date, { nullable: true })
  statusChangedAt!: Date | null;

  @Field()
  firstSeenAt!: Date;

  @Field()
  lastComputedAt!: Date;
}
