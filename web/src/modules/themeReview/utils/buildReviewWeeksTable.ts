import type { ThemeReviewWeeksQuery } from '@/generated/graphql';
import { formatDate } from '@/lib/format';
import type { TableData } from '@/ui/table/tableData';

type Week = ThemeReviewWeeksQuery['themeReviewWeeks'][number];

/** Per week: decisions, how often the suggestion was accepted, and the accuracy on the random sample. */
export function buildReviewWeeksTable(weeks: readonly Week[]): TableData {
  return {
    caption: 'Beoordelingen per week',
    rowHeaderLabel: 'Week van',
    columns: [
      { key: 'decided', label: 'Beoordeeld' },
      { key: 'agreement', label: 'Voorstel klopte' },
      { key: 'sampled', label: 'Willekeurige controle' },
      { key: 'sampleAccuracy', label: 'Juist in de controle' },
    ],
    rows: weeks.map((week) => ({
      key: week.week,
      header: formatDate(week.week),
      cells: [
        { kind: 'value', value: week.decided, suppressed: false, format: 'number' },
        { kind: 'value', value: week.agreement ?? null, suppressed: false, format: 'percent' },
        { kind: 'value', value: week.sampled, suppressed: false, format: 'number' },
        { kind: 'value', value: week.sampleAccuracy ?? null, suppressed: false, format: 'percent' },
      ],
    })),
  };
}
