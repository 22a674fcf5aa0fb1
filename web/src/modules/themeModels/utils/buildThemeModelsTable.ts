import type { ThemeModelsQuery } from '@/generated/graphql';
import { formatDateTime } from '@/lib/format';
import { MODEL_STATUS_LABELS } from '@/modules/themeModels/utils/trainingPhaseLabels';
import { scalarText } from '@/ui/scalarText';
import type { TableCell, TableData } from '@/ui/table/tableData';

type ThemeModel = ThemeModelsQuery['themeModels'][number];

const count = (value: number): TableCell => ({ kind: 'value', value, suppressed: false, format: 'number' });
const share = (value: number | null | undefined): TableCell => ({
  kind: 'value',
  value: value ?? null,
  suppressed: false,
  format: 'percent',
});
const text = (value: string): TableCell => ({ kind: 'text', text: value });

/**
 * One row per model version: when and by whom it was trained, on how much data, and its scores on the
 * held-out reviewer decisions next to those of the model that was in use then.
 */
export function buildThemeModelsTable(models: readonly ThemeModel[]): TableData {
  return {
    caption: 'Versies van het themamodel',
    rowHeaderLabel: 'Versie',
    columns: [
      { key: 'status', label: 'Status' },
      { key: 'trainedAt', label: 'Getraind op' },
      { key: 'trainedBy', label: 'Getraind door' },
      { key: 'corpus', label: 'Voorbeeldteksten' },
      { key: 'source', label: 'Klachten met thema van de bron' },
      { key: 'reviews', label: 'Beoordelingen' },
      { key: 'heldOut', label: 'Achtergehouden om te toetsen' },
      { key: 'accuracy', label: 'Juist (dit model)' },
      { key: 'comparedAccuracy', label: 'Juist (model dat toen in gebruik was)' },
      { key: 'precision', label: 'Juist boven de drempel' },
      { key: 'coverage', label: 'Boven de drempel' },
      { key: 'threshold', label: 'Drempel' },
    ],
    rows: models.map((model) => ({
      key: String(model.version),
      header: `Versie ${model.version}`,
      cells: [
        text(MODEL_STATUS_LABELS[model.status] ?? model.status),
        text(formatDateTime(scalarText(model.trainedAt))),
        text(model.trainedBy === 'planning' ? 'Planning (automatisch)' : model.trainedBy),
        count(model.corpusTexts),
        count(model.sourceRecords),
        count(model.reviewDecisions),
        count(model.heldOut),
        share(model.scores.accuracy),
        share(model.comparedScores?.accuracy),
        share(model.scores.precision),
        share(model.scores.coverage),
        share(model.threshold),
      ],
    })),
  };
}
