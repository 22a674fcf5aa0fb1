import { Field, ID, ObjectType } from '@nestjs/graphql';
import { IsoDateScalar } from '../../metrics/dto/iso-date.scalar';

@ObjectType({
  description:
    'A pseudonymised, redacted record behind a signal (beleid and beheer only; every read is audited)',
})
export class SignalEvidenceRecordModel {
  @Field({ description: 'case_record, objection_decision or provider_report' })
  recordType!: string;

  @Field(() => ID)
  recordId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'klacht, signaal, melding, hulpvraag, bezwaar, rapportage',
  })
  kind!: string | null;

  @Field(() => String, { nullable: true })
  line!: string | null;

  @Field(() => String, { nullable: true })
  domainCode!: string | null;

  @Field(() => String, { nullable: true })
  law!: string | null;

  @Field(() => String, { nullable: true })
  themeCode!: string | null;

  @Field(() => String, { nullable: true })
  sourceOrganisationCode!: string | null;

  @Field(() => String, { nullable: true })
  subjectOrganisationCode!: string | null;

  @Field(() => IsoDateScalar, {
    nullable: true,
    description: 'Received (objection received, report period start)',
  })
  startedOn!: string | null;

  @Field(() => IsoDateScalar, { nullable: true, description: 'Closed (decided, report submitted)' })
  endedOn!: string | null;

  @Field(() => IsoDateScalar, { nullable: true, description: 'Reports only: the due date' })
  dueOn!: string | null;

  @Field(() => String, { nullable: true })
  outcome!: string | null;

  @Field(() => Boolean, { nullable: true })
  feedbackGiven!: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'First characters of the keyed pseudonym (as in records): links repeat contacts, identifies nobody',
  })
  subjectKeyShort!: string | null;

  @Field(() => String, { nullable: true, description: 'Free text after redaction' })
  textRedacted!: string | null;
}
