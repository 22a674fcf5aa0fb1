import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { PanelFrameInput, PanelStratifyBy } from '@/generated/graphql';
import { formatNumber } from '@/lib/format';
import { panelFramePreviewQueryOptions } from '@/modules/panel/hooks/panelFramePreviewQueryOptions';

const MARGINS = [0.05, 0.075, 0.1] as const;

/** How many decisions the frame holds, and how many are needed to see a 10 % error share. */
export function PowerHint({
  frame,
  stratifyBy,
}: {
  frame: PanelFrameInput;
  stratifyBy: PanelStratifyBy | null;
}) {
  const id = useId();
  const [margin, setMargin] = useState<number>(MARGINS[0]);
  const preview = useQuery(panelFramePreviewQueryOptions(frame, stratifyBy, margin));
  const data = preview.data?.panelFramePreview;
  return (
    <div className="notice power-hint" aria-live="polite">
      <div className="form__field">
        <label htmlFor={`${id}-margin`}>Hoe nauwkeurig wilt u het weten?</label>
        <select
          id={`${id}-margin`}
          value={margin}
          onChange={(event) => setMargin(Number(event.target.value))}
        >
          {MARGINS.map((value) => (
            <option key={value} value={value}>
              Marge van {formatNumber(value * 100)} procentpunt
            </option>
          ))}
        </select>
      </div>
      {preview.error && <p role="alert">De omvang kon niet worden berekend.</p>}
      {data && (
        <p>
          Er zijn <strong>{formatNumber(data.frameCount)}</strong> beslissingen die bij uw keuzes passen. Stel
          dat ongeveer 10 % een systeemfout heeft. Om dat met een marge van {formatNumber(margin * 100)}{' '}
          procentpunt te zien, moet het panel ongeveer{' '}
          <strong>{formatNumber(data.requiredSampleSize)}</strong> beslissingen beoordelen.
          {data.strata.length > 1 &&
            ` Per groep: ${data.strata.map((stratum) => `${stratum.label} ${formatNumber(stratum.drawn)}`).join(', ')}.`}
        </p>
      )}
    </div>
  );
}
