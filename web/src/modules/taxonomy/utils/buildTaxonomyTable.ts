import type { TaxonomyThemesQuery } from '@/generated/graphql';
import type { TableData } from '@/ui/table/tableData';

type Theme = TaxonomyThemesQuery['taxonomyThemes'][number];

/** The taxonomy in tree order: a subtheme's name is indented under its theme; all cells are text. */
export function buildTaxonomyTable(themes: readonly Theme[]): TableData {
  const labelOf = new Map(themes.map((theme) => [theme.code, theme.label]));
  return {
    caption: 'Thema’s en subthema’s',
    rowHeaderLabel: 'Naam',
    columns: [
      { key: 'code', label: 'Code' },
      { key: 'parent', label: 'Hoofdthema' },
      { key: 'domain', label: 'Domein' },
      { key: 'keywords', label: 'Trefwoorden' },
      { key: 'status', label: 'Status' },
    ],
    rows: themes.map((theme) => ({
      key: theme.code,
      header: theme.parentCode ? `└ ${theme.label}` : theme.label,
      cells: [
        { kind: 'text', text: theme.code },
        { kind: 'text', text: theme.parentCode ? (labelOf.get(theme.parentCode) ?? theme.parentCode) : '–' },
        { kind: 'text', text: theme.domainLabel ?? 'Alle domeinen' },
        { kind: 'text', text: theme.keywords.join(', ') },
        { kind: 'text', text: theme.active ? 'In gebruik' : 'Buiten gebruik (blijft in de historie)' },
      ],
    })),
  };
}
