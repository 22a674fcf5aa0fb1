import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';

export type OrganisationKind = 'gemeente' | 'aanbieder' | 'ombudsman' | 'samenwerkingsverband';

/** A municipality, provider, ombudsman or partnership. Table `organisation` (0001). */
@Entity('organisation')
@Unique('uq_organisation_code', ['code'])
@Check('chk_organisation_kind', `kind IN ('gemeente', 'aanbieder', 'ombudsman', 'samenwerkingsverband')`)
@Check('chk_organisation_active', 'active_to IS NULL OR active_from IS NULL OR active_to >= active_from')
export class Organisation {
  @PrimaryGeneratedColumn('increment', { type: 'integer', primaryKeyConstraintName: 'organisation_pkey' })
  id!: number;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: OrganisationKind;

  /** The municipality whose data set this organisation belongs to (NULL for national bodies). */
  @Column({ name: 'municipality_code', type: 'text', nullable: true })
  municipalityCode!: string | null;

  /** Other spellings exports use for this organisation (0096). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  /** The period the organisation was active; NULL = open (0096). */
  @Column({ name: 'active_from', type: 'date', nullable: true })
  activeFrom!: string | null;

  @Column({ name: 'active_to', type: 'date', nullable: true })
  activeTo!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => Municipality, { nullable: true })
  @JoinColumn({
    name: 'municipality_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'organisation_municipality_code_fkey',
  })
  municipality!: Municipality | null;
}
