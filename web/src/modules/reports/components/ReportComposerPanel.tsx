import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { ReportInput, ReportKind } from '@/generated/graphql';
import { mutationErrorText } from '@/lib/mutationErrorText';
import { ReportKindSelect } from '@/modules/reports/components/ReportKindSelect';
import { ReportView } from '@/modules/reports/components/ReportView';
import { reportPreviewQueryOptions } from '@/modules/reports/hooks/reportPreviewQueryOptions';
import { useFreezeReportMutation } from '@/modules/reports/hooks/useFreezeReportMutation';
import { periodPresetLabels, reportPeriod, type PeriodPreset } from '@/modules/reports/utils/reportPeriod';
import { LoadingPanel } from '@/ui/LoadingPanel';

interface ReportComposerPanelProps {
  onFrozen: (snapshotId: string) => void;
}

const TEXT_MAX = 5000;

/** Choose the P&C moment and period, read the report, add the college's words, then freeze it. */
export function ReportComposerPanel({ onFrozen }: ReportComposerPanelProps) {
  const id = useId();
  const [kind, setKind] = useState<ReportKind>('bestuursrapportage');
  const [preset, setPreset] = useState<PeriodPreset>('eerste-halfjaar');
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [custom, setCustom] = useState({ from: '', to: '' });
  const [input, setInput] = useState<ReportInput | null>(null);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const preview = useQuery(reportPreviewQueryOptions(input));
  const freeze = useFreezeReportMutation();

  function compose(event: FormEvent) {
    event.preventDefault();
    setInput({ kind, ...reportPeriod(preset, year, custom) });
  }

  function freezeReport() {
    if (!input) return;
    const entries = Object.entries(texts).filter(([, text]) => text.trim() !== '');
    freeze.mutate(
      { input: { ...input, texts: entries.map(([sectionId, text]) => ({ sectionId, text })) } },
      { onSuccess: (data) => onFrozen(data.freezeReport.id) },
    );
  }

  const message = mutationErrorText(freeze.error);

  return (
    <section className="panel no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Rapport maken</h2>
      <form className="form" onSubmit={compose}>
        <ReportKindSelect id={`${id}-kind`} label="Soort rapport" value={kind} onChange={setKind} />
        <div className="form__field">
          <label htmlFor={`${id}-preset`}>Periode</label>
          <select
            id={`${id}-preset`}
            value={preset}
            onChange={(event) => setPreset(event.target.value as PeriodPreset)}
          >
            {Object.entries(periodPresetLabels).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {preset === 'anders' ? (
          <>
            <div className="form__field">
              <label htmlFor={`${id}-from`}>Van</label>
              <input
                id={`${id}-from`}
                type="date"
                required
                value={custom.from}
                onChange={(event) => setCustom({ ...custom, from: event.target.value })}
              />
            </div>
            <div className="form__field">
              <label htmlFor={`${id}-to`}>Tot en met</label>
              <input
                id={`${id}-to`}
                type="date"
                required
                value={custom.to}
                onChange={(event) => setCustom({ ...custom, to: event.target.value })}
              />
            </div>
          </>
        ) : (
          <div className="form__field">
            <label htmlFor={`${id}-year`}>Jaar</label>
            <input
              id={`${id}-year`}
              type="number"
              min={2000}
              max={2100}
              required
              value={year}
              onChange={(event) => setYear(Number(event.target.value))}
            />
          </div>
        )}
        <button type="submit" className="button">
          Rapport samenstellen
        </button>
      </form>
      {input && (
        <LoadingPanel
          isLoading={preview.isPending}
          error={preview.error}
          loadingText="Het rapport wordt samengesteld…"
          onRetry={() => void preview.refetch()}
        >
          {preview.data && (
            <>
              <h3>{preview.data.reportPreview.title}</h3>
              <p>
                Zo ziet de gemeenteraad het rapport: alle aantallen zijn een klein beetje aangepast (hooguit 2
                hoger of lager) en kleine aantallen zijn afgeschermd. Schrijf bij elk onderdeel de woorden van
                het college, en leg het rapport dan vast.
              </p>
              <ReportView
                report={preview.data.reportPreview}
                headingLevel="h4"
                sectionExtra={(sectionId) => (
                  <div className="form__field">
                    <label htmlFor={`${id}-text-${sectionId}`}>Tekst van het college (niet verplicht)</label>
                    <textarea
                      id={`${id}-text-${sectionId}`}
                      rows={3}
                      maxLength={TEXT_MAX}
                      value={texts[sectionId] ?? ''}
                      onChange={(event) => setTexts({ ...texts, [sectionId]: event.target.value })}
                    />
                  </div>
                )}
              />
              <button type="button" className="button" onClick={freezeReport} disabled={freeze.isPending}>
                Rapport vastleggen
              </button>
            </>
          )}
        </LoadingPanel>
      )}
      <div role="status">
        {freeze.isPending && 'Het rapport wordt vastgelegd…'}
        {freeze.isSuccess && `Vastgelegd: ${freeze.data.freezeReport.citation}.`}
      </div>
      <div role="alert">{freeze.isError && `Het rapport is niet vastgelegd. ${message}`}</div>
    </section>
  );
}
