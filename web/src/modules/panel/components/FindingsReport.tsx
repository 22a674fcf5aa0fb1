import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { formatNumber, formatPercent } from '@/lib/format';
import { FindingsSampleSelect } from '@/modules/panel/components/FindingsSampleSelect';
import { panelFindingsQueryOptions } from '@/modules/panel/hooks/panelFindingsQueryOptions';
import { buildFindingsTable, intervalText } from '@/modules/panel/utils/buildFindingsTable';
import { describeAgreement } from '@/modules/panel/utils/describeAgreement';
import { LoadingPanel } from '@/ui/LoadingPanel';
import { TablePanel } from '@/ui/TablePanel';

const SAMPLE_PARAM = 'steekproef';

/** The panel report: shares with their margins per law, theme and norm, and agreement; prints as a document. */
export function FindingsReport({ canChooseSample }: { canChooseSample: boolean }) {
  const [params, setParams] = useSearchParams();
  const sampleId = params.get(SAMPLE_PARAM);
  const findings = useQuery(panelFindingsQueryOptions(sampleId));
  const data = findings.data?.panelFindings;
  const total = data?.total;
  const tableProps = {
    isLoading: findings.isLoading,
    error: findings.error,
    onRetry: () => void findings.refetch(),
  };
  return (
    <>
      <div className="report-actions">
        {canChooseSample && (
          <FindingsSampleSelect
            value={sampleId}
            onChange={(value) => setParams(value ? { [SAMPLE_PARAM]: value } : {})}
          />
        )}
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Afdrukken of opslaan als pdf
        </button>
      </div>
      <section className="panel" aria-labelledby="findings-summary-title">
        <h2 id="findings-summary-title">Samenvatting</h2>
        <LoadingPanel isLoading={findings.isLoading} error={findings.error}>
          {total && data && (
            <>
              <p>
                {total.share === null || total.share === undefined
                  ? 'Er zijn nog te weinig beoordeelde beslissingen om een aandeel te tonen.'
                  : `Het panel beoordeelde ${formatNumber(total.reviewed)} beslissingen. Bij ${formatPercent(total.share)} zag het panel een systeemfout (waarschijnlijk tussen ${intervalText(total)}).`}
                {data.weighted &&
                  ' De steekproef was verdeeld over groepen; de aandelen zijn daarom gewogen.'}
              </p>
              {total.fewCases && (
                <p className="notice">
                  Let op: het gaat om minder dan 30 beslissingen. De marge is groot; trek nog geen harde
                  conclusies.
                </p>
              )}
              <p>
                {data.confirmedSuppressed
                  ? 'Een klein aantal systeemfouten is bevestigd en staat bij de systeemsignalen.'
                  : `${formatNumber(data.confirmed)} systeemfouten zijn bevestigd en staan bij de systeemsignalen.`}
              </p>
              <p>{describeAgreement(data.agreement)}</p>
            </>
          )}
        </LoadingPanel>
      </section>
      <TablePanel
        title="Systeemfouten per wet"
        table={
          data
            ? buildFindingsTable(data.byLaw, {
                caption: 'Systeemfouten per wet',
                rowHeaderLabel: 'Wet',
                countLabel: 'Met systeemfout',
              })
            : null
        }
        exportFileName="burgerpanel-per-wet"
        {...tableProps}
      />
      <TablePanel
        title="Systeemfouten per thema"
        table={
          data
            ? buildFindingsTable(data.byTheme, {
                caption: 'Systeemfouten per thema',
                rowHeaderLabel: 'Thema',
                countLabel: 'Met systeemfout',
              })
            : null
        }
        exportFileName="burgerpanel-per-thema"
        {...tableProps}
      />
      <TablePanel
        title="Normen van behoorlijk gedrag in het geding"
        table={
          data
            ? buildFindingsTable(data.byNorm, {
                caption: 'Normen in het geding',
                rowHeaderLabel: 'Norm',
                countLabel: 'Norm in het geding',
              })
            : null
        }
        exportFileName="burgerpanel-per-norm"
        {...tableProps}
      />
    </>
  );
}
