import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { ImportsArgs, RejectedRowsArgs } from './dto/imports.args';
import { ImportsService } from './imports.service';
import { ImportPage, ImportView } from './models/import.model';
import { ImportProfileView } from './models/import-profile.model';
import { RejectedRowPage } from './models/rejected-row.model';

/** The Bronnen page: imports, their progress and rejected rows. Uploads go through ImportsController. */
@Resolver(() => ImportView)
export class ImportsResolver {
  constructor(private readonly service: ImportsService) {}

  @Query(() => ImportPage, { description: 'Imports, newest first (beleid and beheer)' })
  @Roles('beleid', 'beheer')
  imports(@CurrentUser() user: AuthenticatedUser, @Args() args: ImportsArgs): Promise<ImportPage> {
    return this.service.list(user, args.limit, args.offset);
  }

  @Query(() => ImportView, {
    nullable: true,
    description: 'One import with live progress while it runs (beleid and beheer)',
  })
  @Roles('beleid', 'beheer')
  importJob(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ImportView | null> {
    return this.service.one(user, id);
  }

  @Query(() => RejectedRowPage, { description: 'Rejected rows of an import (beheer only; audited)' })
  @Roles('beheer')
  rejectedRows(
    @CurrentUser() user: AuthenticatedUser,
    @Args() args: RejectedRowsArgs,
  ): Promise<RejectedRowPage> {
    return this.service.rejectedRows(user, args.importId, args.limit, args.offset);
  }

  @Query(() => [ImportProfileView], { description: 'Source profiles an upload can use (beleid and beheer)' })
  @Roles('beleid', 'beheer')
  importProfiles(): Promise<ImportProfileView[]> {
    return this.service.profiles();
  }
}
