import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { AuthenticatedUser } from '../auth/role';
import { AuditLog } from './audit-log.entity';
import { AuditRepository } from './audit.repository';
import { AuditEntry } from './models/audit-entry.model';

/** Who did it: a logged-in user, or (failed login) just what is known about the account, if anything. */
export type AuditActor = Pick<AuthenticatedUser, 'id' | 'username' | 'role'> | null;

export interface AuditEvent {
  user: AuditActor;
  /** Dotted verb, e.g. `auth.login`, `auth.login_failed`, `case.read`. */
  action: string;
  entity?: string;
  entityId?: string | number;
  /** Never put secrets (passwords, tokens) or direct identifiers in here. */
  details?: Record<string, unknown>;
}

export const AUDIT_LOG_MAX_LIMIT = 500;

export function mapAuditEntry(row: AuditLog): AuditEntry {
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    userId: row.userId,
    username: row.username,
    role: row.role,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    details: JSON.stringify(row.details),
  };
}

@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  async record(event: AuditEvent): Promise<void> {
    await this.repository.insert({
      userId: event.user?.id ?? null,
      username: event.user?.username ?? null,
      role: event.user?.role ?? null,
      action: event.action,
      entity: event.entity ?? null,
      entityId: event.entityId === undefined ? null : String(event.entityId),
      details: event.details ?? {},
    });
  }

  /** Most recent first, within the reader's municipality; reading the log is itself logged. */
  async recent(user: AuthenticatedUser, limit: number): Promise<AuditEntry[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_LOG_MAX_LIMIT) {
      // 422 becomes GraphQL code BAD_USER_INPUT.
      throw new UnprocessableEntityException(`limit moet tussen 1 en ${AUDIT_LOG_MAX_LIMIT} liggen`);
    }
    const rows = await this.repository.findRecent(limit, user.municipalityCode);
    await this.record({ user, action: 'audit_log.read', entity: 'audit_log', details: { limit } });
    return rows.map(mapAuditEntry);
  }
}
