import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { CaseRecordsArgs } from './dto/case-records.args';
import { CaseRecordPage, CaseRecordView } from './models/case-record.model';
import { RecordsService } from './records.service';

@Resolver(() => CaseRecordView)
export class RecordsResolver {
  constructor(private readonly service: RecordsService) {}

  @Query(() => CaseRecordPage, {
    description: 'Pseudonymised, redacted case records, newest first (beleid and beheer only; audited)',
  })
  @Roles('beleid', 'beheer')
  caseRecords(
    @CurrentUser() user: AuthenticatedUser,
    @Args() args: CaseRecordsArgs,
  ): Promise<CaseRecordPage> {
    return this.service.list(user, args.filter, args.page);
  }

  @Query(() => CaseRecordView, {
    nullable: true,
    description: 'One pseudonymised, redacted case record (beleid and beheer only; audited)',
  })
  @Roles('beleid', 'beheer')
  caseRecord(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CaseRecordView | null> {
    return this.service.one(user, id);
  }
}
