import type { MeasuresQuery } from '@/generated/graphql';
import { formatDate } from '@/lib/format';
import {
  measureStatusLabels,
  recommendationStatusLabels,
  sourceKindLabels,
} from '@/modules/measures/utils/measureLabels';
import { scalarText } from '@/ui/scalarText';
import type { TableData } from '@/ui/table/tableData';

export type MeasureItem = MeasuresQuery['measures'][number];

/** The register as shown and exported. */
export function buildMeasuresTable(measures: readonly MeasureItem[]): TableData {
  const text = (value: string) => ({ kind: 'text' as const, text: value });
  return {
    caption: 'Maatregelenregister',
    rowHeaderLabel: 'Maatregel',
    columns: [
      { key: 'theme', label: 'Thema' },
      { key: 'source', label: 'Herkomst' },
      { key: 'owner', label: 'Eigenaar' },
      { key: 'decided', label: 'Besloten' },
      { key: 'effective', label: 'Ingang' },
      { key: 'expected', label: 'Verwacht effect' },
      { key: 'status', label: 'Status' },
      { key: 'followUp', label: 'Opvolging aanbeveling' },
      { key: 'pc', label: 'P&C' },
    ],
    rows: measures.map((measure) => ({
      key: measure.id,
      header: measure.title,
      cells: [
        text(measure.themeLabel),
        text(
          measure.sourceKind
            ? `${sourceKindLabels[measure.sourceKind]} ${measure.sourceRef ?? ''}`.trim()
            : '–',
        ),
        text(measure.owner),
        text(formatDate(scalarText(measure.decidedOn))),
        text(formatDate(scalarText(measure.effectiveOn))),
        text(measure.expectedEffect),
        text(measureStatusLabels[measure.status]),
        text(measure.recommendationStatus ? recommendationStatusLabels[measure.recommendationStatus] : '–'),
        text(measure.pcReference ?? '–'),
      ],
    })),
  };
}
