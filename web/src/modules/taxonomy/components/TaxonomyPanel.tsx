import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { TaxonomyThemesQuery } from '@/generated/graphql';
import { ThemeForm } from '@/modules/taxonomy/components/ThemeForm';
import { taxonomyThemesQueryOptions } from '@/modules/taxonomy/hooks/taxonomyThemesQueryOptions';
import { useThemeMutations } from '@/modules/taxonomy/hooks/useThemeMutations';
import { buildTaxonomyTable } from '@/modules/taxonomy/utils/buildTaxonomyTable';
import { TablePanel } from '@/ui/TablePanel';

type Theme = TaxonomyThemesQuery['taxonomyThemes'][number];

/** The taxonomy as a table with an edit and a retire/restore button per theme, and the add/edit form. */
export function TaxonomyPanel() {
  const { data, error, isPending, refetch } = useQuery(taxonomyThemesQueryOptions());
  const { setActive } = useThemeMutations();
  const [editing, setEditing] = useState<Theme | 'nieuw' | null>(null);
  const themes = data?.taxonomyThemes ?? [];
  const table = data ? buildTaxonomyTable(themes) : null;
  return (
    <>
      {editing === null ? (
        <p>
          <button type="button" className="button" onClick={() => setEditing('nieuw')}>
            Thema toevoegen
          </button>
        </p>
      ) : (
        <ThemeForm
          key={editing === 'nieuw' ? 'nieuw' : editing.code}
          themes={themes}
          editing={editing === 'nieuw' ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
      {setActive.isError && <p role="alert">Niet gelukt: {setActive.error.message}</p>}
      <TablePanel
        title="Thema's en subthema's"
        table={table}
        isLoading={isPending}
        error={error}
        onRetry={() => void refetch()}
        exportFileName="themas"
      >
        {table && (
          <table>
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{table.rowHeaderLabel}</th>
                {table.columns.map((column) => (
                  <th scope="col" key={column.key}>
                    {column.label}
                  </th>
                ))}
                <th scope="col">Acties</th>
              </tr>
            </thead>
            <tbody>
              {themes.map((theme, index) => (
                <tr key={theme.code}>
                  <th scope="row">{table.rows[index]?.header}</th>
                  {table.rows[index]?.cells.map((cell, cellIndex) => (
                    <td key={table.columns[cellIndex]?.key}>{cell.kind === 'text' ? cell.text : ''}</td>
                  ))}
                  <td>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => setEditing(theme)}
                      aria-label={`${theme.label} bewerken`}
                    >
                      Bewerken
                    </button>{' '}
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={setActive.isPending}
                      onClick={() => setActive.mutate({ code: theme.code, active: !theme.active })}
                      aria-label={`${theme.label} ${theme.active ? 'buiten gebruik stellen' : 'terugzetten'}`}
                    >
                      {theme.active ? 'Buiten gebruik stellen' : 'Terugzetten'}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </TablePanel>
    </>
  );
}
