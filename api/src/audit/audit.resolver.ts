import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { AuditService } from './audit.service';
import { AuditLogArgs } from './dto/audit-log.args';
import { AuditEntry } from './models/audit-entry.model';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly service: AuditService) {}

  @Roles('beheer')
  @Query(() => [AuditEntry], {
    description:
      'Recent audit log entries, newest first (beheer only; a beheer bound to a municipality sees only the entries of its users)',
  })
  auditLog(@CurrentUser() user: AuthenticatedUser, @Args() args: AuditLogArgs): Promise<AuditEntry[]> {
    return this.service.recent(user, args.limit);
  }
}
