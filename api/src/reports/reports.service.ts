import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser, Role } from '../auth/role';
import { ReportInput } from './dto/report.input';
import { Report, ReportChange, ReportSnapshotModel } from './models/report.model';
import { REPORT_KIND_LABELS, ReportComposerService } from './report-composer.service';
import { diffReports } from './report-diff';
import { ReportsRepository, SnapshotRow } from './reports.repository';

/** Who may compose and freeze reports; every role that sees aggregates may read snapshots. */
export const REPORT_AUTHOR_ROLES: readonly Role[] = ['college', 'beleid', 'beheer'];

export function mapSnapshot(row: SnapshotRow): ReportSnapshotModel {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    version: row.version,
    sha256: row.sha256,
    dataAsOf: row.data_as_of,
    createdAt: row.created_at,
    createdBy: row.created_by,
    citation: `Leerlus-rapport ${row.id} (${REPORT_KIND_LABELS[row.kind].toLowerCase()}, versie ${row.version}, sha256 ${row.sha256.slice(0, 12)})`,
  };
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

@Injectable()
export class ReportsService {
  constructor(
    private readonly repository: ReportsRepository,
    private readonly composer: ReportComposerService,
    private readonly audit: AuditService,
  ) {}

  preview(input: ReportInput, user: AuthenticatedUser): Promise<Report> {
    this.assertAuthor(user);
    return this.composer.compose(input, user);
  }

  /** Composes the report now and stores its JSON text and SHA-256 as the next version. */
  async freeze(input: ReportInput, user: AuthenticatedUser): Promise<ReportSnapshotModel> {
    this.assertAuthor(user);
    const id = await this.store(input, user, user.id);
    await this.audit.record({ user, action: 'report.freeze', entity: 'report_snapshot', entityId: id });
    const row = await this.repository.find(id, user.municipalityCode);
    if (!row) throw new NotFoundException('rapport niet gevonden');
    return mapSnapshot(row);
  }

  /**
   * Freezes a report of the P&C calendar for one municipality scope (NULL: all), composed as the
   * council sees it, without an author (created_by NULL marks it as scheduled). Returns its id.
   */
  async freezeScheduled(input: ReportInput, scope: string | null, subscriber: number): Promise<string> {
    const composer: AuthenticatedUser = {
      id: subscriber,
      username: 'leerlus-planning',
      displayName: 'Leerlus (gepland)',
      role: 'raad',
      municipalityCode: scope,
    };
    const id = await this.store(input, composer, null);
    await this.audit.record({
      user: null,
      action: 'report.freeze_scheduled',
      entity: 'report_snapshot',
      entityId: id,
    });
    return id;
  }

  private async store(
    input: ReportInput,
    composer: AuthenticatedUser,
    createdBy: number | null,
  ): Promise<string> {
    const report = await this.composer.compose(input, composer);
    const content = JSON.stringify(report);
    return this.repository.freeze({
      municipalityCode: composer.municipalityCode ?? input.municipalityCode ?? null,
      kind: report.kind,
      title: report.title,
      periodStart: report.periodStart,
      periodEnd: report.periodEnd,
      content,
      sha256: sha256(content),
      dataAsOf: report.dataAsOf,
      createdBy,
    });
  }

  /** A snapshot's report and citation without a viewer (the scheduler; scope was checked when frozen). */
  async stored(id: string): Promise<{ report: Report; citation: string }> {
    const row = await this.repository.find(id, null);
    if (!row) throw new NotFoundException('rapport niet gevonden');
    return { report: JSON.parse(row.content) as Report, citation: mapSnapshot(row).citation };
  }

  async snapshots(user: AuthenticatedUser): Promise<ReportSnapshotModel[]> {
    return (await this.repository.list(user.municipalityCode)).map(mapSnapshot);
  }

  async snapshot(id: string, user: AuthenticatedUser): Promise<ReportSnapshotModel | null> {
    const row = await this.find(id, user);
    return row ? mapSnapshot(row) : null;
  }

  /** The frozen report exactly as stored. */
  async report(id: string, user: AuthenticatedUser): Promise<Report> {
    const row = await this.find(id, user);
    if (!row) throw new NotFoundException('rapport niet gevonden');
    return JSON.parse(row.content) as Report;
  }

  /** The frozen JSON text and whether it still matches its SHA-256. */
  async content(id: string, user: AuthenticatedUser): Promise<{ content: string; intact: boolean }> {
    const row = await this.find(id, user);
    if (!row) throw new NotFoundException('rapport niet gevonden');
    return { content: row.content, intact: sha256(row.content) === row.sha256 };
  }

  async compare(firstId: string, secondId: string, user: AuthenticatedUser): Promise<ReportChange[]> {
    return diffReports(await this.report(firstId, user), await this.report(secondId, user));
  }

  private async find(
    id: string,
    user: AuthenticatedUser,
  ): Promise<(SnapshotRow & { content: string }) | null> {
    if (!/^[0-9]{1,9}$/.test(id)) return null;
    return this.repository.find(id, user.municipalityCode);
  }

  private assertAuthor(user: AuthenticatedUser): void {
    if (!REPORT_AUTHOR_ROLES.includes(user.role)) throw new ForbiddenException();
  }
}
