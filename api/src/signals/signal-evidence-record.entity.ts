import { Check, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Signal } from './signal.entity';

export type EvidenceRecordType = 'case_record' | 'objection_decision' | 'provider_report';

/** A pseudonymous record behind a signal (staff only). Table `signal_evidence_record` (0030). */
@Entity('signal_evidence_record')
@Check(
  'chk_signal_evidence_record_type',
  `record_type IN ('case_record', 'objection_decision', 'provider_report')`,
)
export class SignalEvidenceRecord {
  @PrimaryColumn({
    name: 'municipality_code',
    type: 'text',
    primaryKeyConstraintName: 'pk_signal_evidence_record',
  })
  municipalityCode!: string;

  @PrimaryColumn({ name: 'signal_id', type: 'bigint', primaryKeyConstraintName: 'pk_signal_evidence_record' })
  signalId!: string;

  @PrimaryColumn({ name: 'record_type', type: 'text', primaryKeyConstraintName: 'pk_signal_evidence_record' })
  recordType!: EvidenceRecordType;

  @PrimaryColumn({ name: 'record_id', type: 'bigint', primaryKeyConstraintName: 'pk_signal_evidence_record' })
  recordId!: string;

  @ManyToOne(() => Signal, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'municipality_code',
      referencedColumnName: 'municipalityCode',
      foreignKeyConstraintName: 'fk_signal_evidence_record_signal',
    },
    { name: 'signal_id', referencedColumnName: 'id' },
  ])
  signal!: Signal;
}
