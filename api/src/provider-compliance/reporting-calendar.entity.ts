import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';

/** A municipality's own reporting calendar for provider reports. Table `reporting_calendar` (0089). */
@Entity('reporting_calendar')
@Check(
  'chk_reporting_calendar_deadlines',
  `cardinality(deadlines) > 0 AND array_to_string(deadlines, ',') ~ '^(\\d\\d-\\d\\d)(,\\d\\d-\\d\\d)*$'`,
)
export class ReportingCalendar {
  @PrimaryColumn({
    name: 'municipality_code',
    type: 'text',
    primaryKeyConstraintName: 'pk_reporting_calendar',
  })
  municipalityCode!: string;

  /** 'MM-DD' days the report must be in before. */
  @Column({ type: 'text', array: true })
  deadlines!: string[];

  @Column({ type: 'text' })
  basis!: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @ManyToOne(() => Municipality, { nullable: false })
  @JoinColumn({
    name: 'municipality_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'reporting_calendar_municipality_code_fkey',
  })
  municipality!: Municipality;
}
