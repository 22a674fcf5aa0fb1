import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** Days after a month's end a kind of source is expected to have delivered it. Table `source_delivery_rhythm` (0088). */
@Entity('source_delivery_rhythm')
@Check(
  'chk_source_delivery_rhythm_kind',
  `organisation_kind IN ('gemeente', 'aanbieder', 'ombudsman', 'samenwerkingsverband')`,
)
@Check('chk_source_delivery_rhythm_days', 'expected_within_days >= 0')
export class SourceDeliveryRhythm {
  @PrimaryColumn({ name: 'organisation_kind', type: 'text', primaryKeyConstraintName: 'source_delivery_rhythm_pkey' })
  organisationKind!: string;

  @Column({ name: 'expected_within_days', type: 'integer' })
  expectedWithinDays!: number;
}
