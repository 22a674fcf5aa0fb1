import type { NormsQuery } from '@/generated/graphql';
import { formatNumber } from '@/lib/format';
import type { TableData } from '@/ui/table/tableData';

type Norm = NormsQuery['norms'][number];

function term(norm: Norm): string {
  const unit = norm.workingDays ? 'werkdagen' : 'dagen';
  const base = `${formatNumber(norm.termDays)} ${unit}`;
  return norm.committeeTermDays
    ? `${base} (${formatNumber(norm.committeeTermDays)} met een commissie)`
    : base;
}

function extension(norm: Norm): string {
  if (!norm.extension) return 'Geen';
  const times = norm.extension.times === 1 ? 'eenmaal' : `${formatNumber(norm.extension.times)} keer`;
  return `${times}, ten hoogste ${formatNumber(norm.extension.maxDays)} dagen`;
}

/** Every norm with its term, extension, legal basis, wettelijk/richtlijn and whether Leerlus measures it. */
export function buildNormsTable(norms: NormsQuery['norms']): TableData {
  return {
    caption: 'Termijnen en richtlijnen waaraan Leerlus de cijfers meet',
    rowHeaderLabel: 'Termijn',
    columns: [
      { key: 'term', label: 'Duur' },
      { key: 'extension', label: 'Verlenging' },
      { key: 'legalBasis', label: 'Basis' },
      { key: 'status', label: 'Soort' },
      { key: 'computable', label: 'Berekend in Leerlus' },
    ],
    rows: norms.map((norm) => ({
      key: norm.code,
      header: norm.label,
      cells: [
        { kind: 'text', text: term(norm) },
        { kind: 'text', text: extension(norm) },
        { kind: 'text', text: norm.legalBasis },
        { kind: 'text', text: norm.status === 'wettelijk' ? 'Wettelijk' : 'Richtlijn' },
        { kind: 'text', text: norm.computable ? 'Ja' : `Niet berekenbaar: ${norm.dataNote}` },
      ],
    })),
  };
}
