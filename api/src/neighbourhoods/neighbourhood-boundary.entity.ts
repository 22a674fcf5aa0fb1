import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';

/**
 * A CBS wijk or buurt with its name, inhabitants and simplified outline (GeoJSON, WGS84). Table
 * `neighbourhood_boundary` (0220); written by the ETL's boundary import, read with SQL by the map.
 */
@Entity('neighbourhood_boundary')
@Index('idx_neighbourhood_boundary_municipality', ['municipalityCode', 'level'])
@Check('chk_neighbourhood_boundary_level', `level IN ('wijk', 'buurt')`)
@Check(
  'chk_neighbourhood_boundary_code',
  `(level = 'wijk' AND code ~ '^WK[0-9]{6}$') OR (level = 'buurt' AND code ~ '^BU[0-9]{8}$')`,
)
@Check('chk_neighbourhood_boundary_inhabitants', 'inhabitants IS NULL OR inhabitants >= 0')
export class NeighbourhoodBoundary {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'neighbourhood_boundary_pkey' })
  code!: string;

  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode!: string;

  @Column({ type: 'text' })
  level!: string;

  @Column({ type: 'text' })
  name!: string;

  /** The wijk a buurt lies in (null for a wijk). */
  @Column({ name: 'wijk_code', type: 'text', nullable: true })
  wijkCode!: string | null;

  @Column({ type: 'integer', nullable: true })
  inhabitants!: number | null;

  @Column({ type: 'jsonb' })
  geometry!: unknown;

  @Column({ name: 'source_file', type: 'text' })
  sourceFile!: string;

  @Column({ name: 'imported_at', type: 'timestamptz', default: () => 'now()' })
  importedAt!: Date;

  @ManyToOne(() => Municipality, { nullable: false })
  @JoinColumn({
    name: 'municipality_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'neighbourhood_boundary_municipality_code_fkey',
  })
  municipality!: Municipality;
}
