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

  findRecent(limit: number): Promise<AuditLog[]> {
    return this.dataSource.getRepository(AuditLog).find({ order: { id: 'DESC' }, take: limit });
  }
}
