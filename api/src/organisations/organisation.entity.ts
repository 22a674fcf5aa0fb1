import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';

export type OrganisationKind = 'gemeente' | 'aanbieder' | 'ombudsman' | 'samenwerkingsverband';

/** A municipality, provider, ombudsman or partnership. Table `organisation` (0001). */
@Entity('organisation')
@Unique('uq_organisation_code', ['code'])
@Check('chk_organisation_kind', `kind IN ('gemeente', 'aanbieder', 'ombudsman', 'samenwerkingsverband')`)
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
