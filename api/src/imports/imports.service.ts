import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import {
  type FilePreview,
  ImportBusyError,
  ImportUsageError,
  listProfiles,
  ProfileError,
  redactText,
  type LoadedProfile,
  SourceError,
  type Target,
} from '@leerlus/etl';
import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Writable } from 'node:stream';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser } from '../auth/role';
import { uploadMunicipality } from '../municipalities/upload-municipality';
import { MAX_IMPORTS_PAGE, MAX_REJECTED_PAGE } from './dto/imports.args';
import { ImportRecord } from './import.entity';
import { ImportsRepository } from './imports.repository';
import { ImportsRunner } from './imports.runner';
import { ImportPage, ImportStatusValue, ImportView } from './models/import.model';
import { ImportProfileView } from './models/import-profile.model';
import { RejectedRowPage } from './models/rejected-row.model';
import { RejectedRow } from './rejected-row.entity';
import { IMPORTS_CONFIG, ImportsConfig } from './imports.config';

/** What multer hands over for the `file` field (disk storage). */
export interface UploadedFileInfo {
  originalname: string;
  path: string;
  size: number;
}

export interface UploadFields {
  profile?: unknown;
  municipality?: unknown;
  /** Preview without profile: the target the draft profile is for. */
  target?: unknown;
}

const TARGETS: readonly Target[] = [
  'case_record',
  'objection_decision',
  'provider_report',
  'contract',
  'client_count',
];

export interface UploadAccepted {
  importId: string;
  message: string;
}

/** Pure mapping from the import row to the published import. */
export function mapImport(row: ImportRecord): Omit<ImportView, 'progress'> {
  return {
    id: row.id,
    fileName: row.fileName,
    profile: row.profile,
    municipalityCode: row.municipalityCode,
    status: row.status as ImportStatusValue,
    rowsRead: row.rowsRead,
    rowsInserted: row.rowsInserted,
    rowsUpdated: row.rowsUpdated,
    rowsUnchanged: row.rowsUnchanged,
    rowsRejected: row.rowsRejected,
    minDate: row.minDate,
    maxDate: row.maxDate,
    error: row.error,
    startedBy: row.startedBy,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    warnings: row.warnings,
  };
}

export function mapRejectedRow(row: RejectedRow): RejectedRowPage['rows'][number] {
  return {
    id: row.id,
    rowNumber: row.rowNumber,
    columnName: row.columnName,
    value: row.value,
    reason: row.reason,
  };
}

/**
 * A name that keeps the original base name (the ETL records it, and reads the extension), without
 * path parts, control characters or anything a shell or file system could trip over.
 */
export function safeUploadName(original: string): string {
  const base = [...basename(original.replace(/\\/g, '/'))]
    .map((char) => (char.charCodeAt(0) < 0x20 || char === '\u007f' || '/:*?"<>|'.includes(char) ? '_' : char))
    .join('')
    .replace(/^\.+/, '')
    .trim()
    .slice(-150);
  return base === '' ? 'upload' : base;
}

function checkPage(limit: number, offset: number, max: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw new UnprocessableEntityException(`limit moet tussen 1 en ${max} liggen`);
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new UnprocessableEntityException('offset moet 0 of groter zijn');
  }
}

@Injectable()
export class ImportsService {
  constructor(
    private readonly repository: ImportsRepository,
    private readonly runner: ImportsRunner,
    private readonly audit: AuditService,
    @Inject(IMPORTS_CONFIG) private readonly config: ImportsConfig,
  ) {}

  async list(user: AuthenticatedUser, limit: number, offset: number): Promise<ImportPage> {
    checkPage(limit, offset, MAX_IMPORTS_PAGE);
    const { rows, total } = await this.repository.list(user.municipalityCode, limit, offset);
    return {
      totalCount: total,
      items: rows.map((row) => ({ ...mapImport(row), progress: this.runner.progressOf(row.id) })),
    };
  }

  async one(user: AuthenticatedUser, id: string): Promise<ImportView | null> {
    if (!/^\d{1,18}$/.test(id)) return null;
    const row = await this.repository.findOne(id, user.municipalityCode);
    return row ? { ...mapImport(row), progress: this.runner.progressOf(row.id) } : null;
  }

  async rejectedRows(
    user: AuthenticatedUser,
    importId: string,
    limit: number,
    offset: number,
  ): Promise<RejectedRowPage> {
    checkPage(limit, offset, MAX_REJECTED_PAGE);
    await this.findImport(user, importId);
    const { rows, total } = await this.repository.rejectedRows(importId, limit, offset);
    await this.audit.record({
      user,
      action: 'import.rejected_rows.read',
      entity: 'import',
      entityId: importId,
      details: { limit, offset, rows: rows.length },
    });
    return { importId, totalCount: total, rows: rows.map(mapRejectedRow) };
  }

  /** The built-in profiles (etl/profiles), then the ones saved in the dashboard. */
  async profiles(): Promise<ImportProfileView[]> {
    const [builtIn, stored] = await Promise.all([listProfiles(), this.runner.storedProfiles()]);
    return [
      ...builtIn.map((profile) => ({
        name: profile.name,
        label: profile.label,
        target: profile.target,
        description: profile.description ?? null,
        error: profile.error ?? null,
        revision: null,
      })),
      ...stored.map((profile) => ({
        name: profile.name,
        label: profile.label,
        target: profile.target,
        description: `Opgeslagen door ${profile.savedBy}, versie ${profile.revision}.`,
        error: null,
        revision: profile.revision,
      })),
    ];
  }

  /** Validates the upload, starts the import and resolves once the import row exists. */
  async upload(
    user: AuthenticatedUser,
    file: UploadedFileInfo | undefined,
    fields: UploadFields,
  ): Promise<UploadAccepted> {
    if (!file) throw new BadRequestException('Geen bestand ontvangen: stuur het bestand in het veld "file".');
    let uploadDir: string | null = null;
    try {
      const profile = await this.chooseProfile(fields.profile);
      const municipalityCode = uploadMunicipality(user, fields.municipality, 'importeren');
      if (file.size === 0) throw new BadRequestException('Het bestand is leeg.');
      // <uploads>/<random>/<original name>: the random directory keeps names apart, the original
      // name is what the import record shows.
      uploadDir = join(this.config.uploadsDir, randomUUID());
      await mkdir(uploadDir, { mode: 0o700 });
      const stored = join(uploadDir, safeUploadName(file.originalname));
      await rename(file.path, stored);
      const dir = uploadDir;
      uploadDir = null; // from here on the runner removes it
      const { importId } = await this.runner.start({
        file: stored,
        uploadDir: dir,
        profile,
        municipalityCode,
        startedBy: user.username,
      });
      await this.audit.record({
        user,
        action: 'import.upload',
        entity: 'import',
        entityId: importId,
        details: {
          fileName: redactText(safeUploadName(file.originalname)),
          profile: profile.name,
          municipality: municipalityCode ?? null,
          bytes: file.size,
        },
      });
      return { importId, message: `Import #${importId} is gestart.` };
    } catch (error) {
      await rm(file.path, { force: true });
      if (uploadDir !== null) await rm(uploadDir, { recursive: true, force: true });
      if (error instanceof ImportBusyError) throw new ConflictException(error.message);
      if (error instanceof ImportUsageError || error instanceof ProfileError) {
        throw new BadRequestException(error.message);
      }
      throw error;
    }
  }

  /**
   * What importing a sample file would do, nothing stored: format, header row, columns with suggested
   * fields, the first rows as they would be stored, rejected rows and redactions; without a profile a
   * draft profile. Audited; the sample is deleted afterwards.
   */
  async preview(
    user: AuthenticatedUser,
    file: UploadedFileInfo | undefined,
    fields: UploadFields,
  ): Promise<FilePreview> {
    if (!file) throw new BadRequestException('Geen bestand ontvangen: stuur het bestand in het veld "file".');
    try {
      const profile =
        fields.profile === undefined || fields.profile === ''
          ? undefined
          : await this.chooseProfile(fields.profile);
      const target = TARGETS.find((candidate) => candidate === fields.target);
      const preview = await this.runner.preview(
        file.path,
        safeUploadName(file.originalname),
        profile,
        target,
      );
      await this.audit.record({
        user,
        action: 'import.preview',
        entity: 'import',
        details: { fileName: preview.file, profile: profile?.name ?? null, bytes: file.size },
      });
      return preview;
    } catch (error) {
      if (error instanceof SourceError || error instanceof ProfileError) {
        throw new BadRequestException(error.message);
      }
      throw error;
    } finally {
      await rm(file.path, { force: true });
    }
  }

  /** Streams the rejected rows as a CSV download; audited. */
  async exportRejected(
    user: AuthenticatedUser,
    importId: string,
    out: Writable & { setHeader(name: string, value: string): unknown },
  ): Promise<void> {
    await this.findImport(user, importId);
    out.setHeader('Content-Type', 'text/csv; charset=utf-8');
    out.setHeader('Content-Disposition', `attachment; filename="import-${importId}-afgewezen-rijen.csv"`);
    out.setHeader('Cache-Control', 'no-store');
    const { rows } = await this.runner.exportRejectedRows(importId, out);
    await this.audit.record({
      user,
      action: 'import.rejected_rows.export',
      entity: 'import',
      entityId: importId,
      details: { rows },
    });
    out.end();
  }

  private async findImport(user: AuthenticatedUser, importId: string): Promise<ImportRecord> {
    const row = /^\d{1,18}$/.test(importId)
      ? await this.repository.findOne(importId, user.municipalityCode)
      : null;
    if (!row) throw new NotFoundException(`Import #${importId} bestaat niet.`);
    return row;
  }

  /** A profile the caller named: only names from the list (built-in or saved) are ever loaded. */
  private async chooseProfile(value: unknown): Promise<LoadedProfile> {
    const usable = (await this.profiles()).filter((profile) => profile.error === null);
    const names = usable.map((profile) => profile.name).join(', ');
    if (typeof value !== 'string' || value.trim() === '') {
      throw new BadRequestException(`Kies een profiel (veld "profile"): ${names}.`);
    }
    const found = usable.find((profile) => profile.name === value.trim());
    if (!found) {
      throw new BadRequestException(`Onbekend profiel "${value.slice(0, 80)}"; kies een van: ${names}.`);
    }
    return this.runner.loadProfile(found.name);
  }
}
