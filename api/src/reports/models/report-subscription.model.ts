import { Field, ObjectType } from '@nestjs/graphql';
import { ReportKindName } from '../report-snapshot.entity';
import { ReportKind } from './report.model';

@ObjectType({ description: 'A P&C report the user receives by e-mail when the P&C calendar makes it due' })
export class ReportSubscriptionModel {
  @Field(() => ReportKind)
  kind!: ReportKindName;

  @Field()
  email!: string;

  @Field()
  createdAt!: Date;
}
