import { useQuery } from '@tanstack/react-query';
import { useActivateThemeModelMutation } from '@/modules/themeModels/hooks/useActivateThemeModelMutation';
import { themeModelsQueryOptions } from '@/modules/themeModels/hooks/themeModelsQueryOptions';
import { buildThemeModelsTable } from '@/modules/themeModels/utils/buildThemeModelsTable';
import { TablePanel } from '@/ui/TablePanel';

/** Every trained version with its evaluation; a button per version to take it (back) into use. */
export function ThemeModelVersionsPanel() {
  const { data, error, isPending, refetch } = useQuery(themeModelsQueryOptions());
  const activate = useActivateThemeModelMutation();
  const models = data?.themeModels ?? [];
  const choosable = models.filter((model) => model.status === 'kandidaat' || model.status === 'vervangen');
  return (
    <TablePanel
      title="Versies"
      table={data ? buildThemeModelsTable(models) : null}
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      exportFileName="themamodel-versies"
      emptyText="Er is nog geen model getraind. Zonder model kiezen alleen de trefwoorden een thema."
      notes={
        <>
          <p>
            "Juist" is getoetst op beoordelingen die het nieuwe model niet heeft gezien. Vergelijk het nieuwe
            model met het model dat toen in gebruik was voordat u het in gebruik neemt. Nieuwe imports
            gebruiken het model dat in gebruik is.
          </p>
          {choosable.length > 0 && (
            <ul className="measure-list no-print" aria-label="Model in gebruik nemen">
              {choosable.map((model) => (
                <li key={model.version}>
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={activate.isPending}
                    onClick={() => activate.mutate({ version: model.version })}
                  >
                    {model.status === 'vervangen'
                      ? `Terug naar versie ${model.version}`
                      : `Versie ${model.version} in gebruik nemen`}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {activate.isSuccess && <p role="status">Versie {activate.variables.version} is nu in gebruik.</p>}
          {activate.isError && (
            <p role="alert">Het model kon niet in gebruik worden genomen: {activate.error.message}</p>
          )}
        </>
      }
    />
  );
}
