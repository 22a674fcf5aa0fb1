import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Domain } from '../themes/domain.entity';
import { Theme } from '../themes/theme.entity';
import { ProviderReport } from './provider-report.entity';

/** One line (domain, theme, cause) of a provider's half-year report. Table `provider_report_line` (0003). */
@Entity('provider_report_line')
@Check('chk_provider_report_line_counts', 'complaint_count >= 0')
@Index('idx_provider_report_line_theme', ['municipalityCode', 'themeId'])
export class ProviderReportLine {
  @PrimaryColumn({
    name: 'municipality_code',
    type: 'text',
    primaryKeyConstraintName: 'pk_provider_report_line',
  })
  municipalityCode!: string;

  @PrimaryColumn({ name: 'report_id', type: 'bigint', primaryKeyConstraintName: 'pk_provider_report_line' })
  reportId!: string;

  @PrimaryColumn({
    name: 'line_number',
    type: 'integer',
    primaryKeyConstraintName: 'pk_provider_report_line',
  })
  lineNumber!: number;

  @Column({ name: 'domain_code', type: 'text' })
  domainCode!: string;

  @Column({ name: 'theme_id', type: 'integer', nullable: true })
  themeId!: number | null;

  @Column({ type: 'text', nullable: true })
  cause!: string | null;

  @Column({ name: 'complaint_count', type: 'integer' })
  complaintCount!: number;

  @Column({ name: 'upheld_count', type: 'integer', nullable: true })
  upheldCount!: number | null;

  @Column({ name: 'resolved_count', type: 'integer', nullable: true })
  resolvedCount!: number | null;

  @Column({ type: 'text', nullable: true })
  measures!: string | null;

  @ManyToOne(() => ProviderReport, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'municipality_code',
      referencedColumnName: 'municipalityCode',
      foreignKeyConstraintName: 'fk_provider_report_line_report',
    },
    { name: 'report_id', referencedColumnName: 'id' },
  ])
  report!: ProviderReport;

  @ManyToOne(() => Domain, { nullable: false })
  @JoinColumn({
    name: 'domain_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'provider_report_line_domain_code_fkey',
  })
  domain!: Domain;

  @ManyToOne(() => Theme, { nullable: true })
  @JoinColumn({
    name: 'theme_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'provider_report_line_theme_id_fkey',
  })
  theme!: Theme | null;
}
