import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Municipality } from './municipality.entity';

/** Population per municipality and year: the denominator for rates. Table `municipality_population` (0001). */
@Entity('municipality_population')
@Check('chk_municipality_population_positive', 'population > 0')
export class MunicipalityPopulation {
  @PrimaryColumn({
    name: 'municipality_code',
    type: 'text',
    primaryKeyConstraintName: 'pk_municipality_population',
  })
  municipalityCode!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_municipality_population' })
  year!: number;

  @Column({ type: 'integer' })
  population!: number;

  @Column({ type: 'integer', nullable: true })
  clients!: number | null;

  @ManyToOne(() => Municipality, { nullable: false })
  @JoinColumn({
    name: 'municipality_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'municipality_population_municipality_code_fkey',
  })
  municipality!: Municipality;
}
