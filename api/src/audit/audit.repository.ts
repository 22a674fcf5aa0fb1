import { Injectable } from '@nestjs/common';
import { DataSource, QueryDeepPartialEntity } from 'typeorm';
import { AuditLog } from './audit-log.entity';

export type NewAuditLog = Pick<
  AuditLog,
  'userId' | 'username' | 'role' | 'action' | 'entity' | 'entityId' | 'details'
>;

/** audit_log is append-only (a trigger refuses UPDATE and DELETE): this repository only inserts and reads. */
@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(entry: NewAuditLog): Promise<void> {
    // jsonb `details` is an open record, which TypeORM's deep-partial type cannot express.
    await this.dataSource.getRepository(AuditLog).insert(entry as QueryDeepPartialEntity<AuditLog>);
  }

  /**
   * Newest first. With a municipality, only entries of users bound to it (their current binding):
   * entries of installation-wide users and of unknown accounts (failed logins) are not theirs to read.
   */
  findRecent(limit: number, municipalityCode: string | null): Promise<AuditLog[]> {
    const query = this.dataSource.getRepository(AuditLog).createQueryBuilder('entry');
    if (municipalityCode !== null) {
      query.innerJoin('entry.user', 'actor', 'actor.municipality_code = :municipalityCode', {
        municipalityCode,
      });
    }
    return query.orderBy('entry.id', 'DESC').take(limit).getMany();
  }
}
