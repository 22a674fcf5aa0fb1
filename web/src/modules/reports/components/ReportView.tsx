import type { ReactNode } from 'react';
import type { ReportContentFragment } from '@/generated/graphql';
import { toTableData } from '@/modules/reports/utils/toTableData';
import { DataTable } from '@/ui/table/DataTable';

interface ReportViewProps {
  report: ReportContentFragment;
  /** Heading level of the section titles (the report's own title is the level above). */
  headingLevel: 'h3' | 'h4';
  /** Extra content under a section's own text, e.g. the field for the college's words. */
  sectionExtra?: (sectionId: string) => ReactNode;
}

/** A composed or frozen report: filters, then per section its intro, the college's words and tables. */
export function ReportView({ report, headingLevel: Heading, sectionExtra }: ReportViewProps) {
  return (
    <div className="report">
      <dl className="report__filters">
        {report.filters.map((filter) => (
          <div key={filter.label}>
            <dt>{filter.label}</dt>
            <dd>{filter.value}</dd>
          </div>
        ))}
      </dl>
      {report.sections.map((section) => (
        <section key={section.id} className="report__section" aria-label={section.title}>
          <Heading>{section.title}</Heading>
          <p>{section.intro}</p>
          {section.text && <p className="report__text">{section.text}</p>}
          {sectionExtra?.(section.id)}
          {section.tables.map((table) => (
            <DataTable key={table.caption} table={toTableData(table)} />
          ))}
        </section>
      ))}
    </div>
  );
}
