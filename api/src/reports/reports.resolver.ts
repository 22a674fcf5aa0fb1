import { UnauthorizedException } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { ReportInput } from './dto/report.input';
import { DocumentFormat } from './models/report-document.model';
import { ReportDocumentModel } from './models/report-document.model';
import { Report, ReportChange, ReportSnapshotModel } from './models/report.model';
import { DocumentFormatName } from './report-document.entity';
import { ReportDocumentsService } from './report-documents.service';
import { ReportsService } from './reports.service';
import { ReportSubscriptionModel } from './models/report-subscription.model';
import { ReportKind } from './models/report.model';
import { ReportKindName } from './report-snapshot.entity';
import { ReportSubscriptionsService } from './report-subscriptions.service';

function required(user: AuthenticatedUser | null): AuthenticatedUser {
  if (!user) throw new UnauthorizedException();
  return user;
}

@Resolver(() => ReportSnapshotModel)
export class ReportsResolver {
  constructor(
    private readonly service: ReportsService,
    private readonly documents: ReportDocumentsService,
    private readonly subscriptions: ReportSubscriptionsService,
  ) {}

  @Query(() => [ReportSubscriptionModel], { description: "The caller's e-mail subscriptions to P&C reports" })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  reportSubscriptions(@CurrentUser() user: AuthenticatedUser | null): Promise<ReportSubscriptionModel[]> {
    return this.subscriptions.list(required(user));
  }

  @Mutation(() => ReportSubscriptionModel, {
    description: 'Receive a kind of P&C report by e-mail when the P&C calendar makes it due (audited)',
  })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  subscribeToReports(
    @Args('kind', { type: () => ReportKind }) kind: ReportKindName,
    @Args('email') email: string,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<ReportSubscriptionModel> {
    return this.subscriptions.subscribe(kind, email, required(user));
  }

  @Mutation(() => Boolean, { description: 'Stop receiving a kind of P&C report; false when not subscribed' })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  unsubscribeFromReports(
    @Args('kind', { type: () => ReportKind }) kind: ReportKindName,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<boolean> {
    return this.subscriptions.unsubscribe(kind, required(user));
  }

  @Query(() => Report, { description: 'Compose a P&C report now, as the council would see it (not stored)' })
  @Roles('college', 'beleid', 'beheer')
  reportPreview(
    @Args('input') input: ReportInput,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<Report> {
    return this.service.preview(input, required(user));
  }

  @Mutation(() => ReportSnapshotModel, {
    description: 'Freeze a report as the next versioned snapshot (audited)',
  })
  @Roles('college', 'beleid', 'beheer')
  freezeReport(
    @Args('input') input: ReportInput,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<ReportSnapshotModel> {
    return this.service.freeze(input, required(user));
  }

  @Query(() => [ReportSnapshotModel], { description: 'Frozen reports, newest first' })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  reportSnapshots(@CurrentUser() user: AuthenticatedUser | null): Promise<ReportSnapshotModel[]> {
    return this.service.snapshots(required(user));
  }

  @Query(() => ReportSnapshotModel, { nullable: true })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  reportSnapshot(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<ReportSnapshotModel | null> {
    return this.service.snapshot(id, required(user));
  }

  @Query(() => [ReportChange], { description: 'Figures that differ from the first snapshot to the second' })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  compareReportSnapshots(
    @Args('first', { type: () => ID }) first: string,
    @Args('second', { type: () => ID }) second: string,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<ReportChange[]> {
    return this.service.compare(first, second, required(user));
  }

  @Mutation(() => ReportDocumentModel, {
    description: 'Render a snapshot as PDF, DOCX or XLSX in the background',
  })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  requestReportDocument(
    @Args('snapshotId', { type: () => ID }) snapshotId: string,
    @Args('format', { type: () => DocumentFormat }) format: DocumentFormatName,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<ReportDocumentModel> {
    return this.documents.request(snapshotId, format, required(user));
  }

  @Query(() => ReportDocumentModel, { nullable: true, description: 'Progress of a document being rendered' })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  reportDocument(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<ReportDocumentModel | null> {
    return this.documents.document(id, required(user));
  }

  @ResolveField(() => Report, { description: 'The frozen report, exactly as stored' })
  report(
    @Parent() snapshot: ReportSnapshotModel,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<Report> {
    return this.service.report(snapshot.id, required(user));
  }
}
