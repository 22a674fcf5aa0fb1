import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatNumber } from '@/lib/format';
import { panelSampleRedrawCheckQueryOptions } from '@/modules/panel/hooks/panelSampleRedrawCheckQueryOptions';

/** The coordinator draws again with the stored choices and seed, to check the sample can be reproduced. */
export function RedrawCheck({ sampleId }: { sampleId: string }) {
  const [asked, setAsked] = useState(false);
  const check = useQuery(panelSampleRedrawCheckQueryOptions(sampleId, asked));
  const result = check.data?.panelSampleRedrawCheck;
  return (
    <div className="redraw-check">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => (asked ? void check.refetch() : setAsked(true))}
      >
        Trekking opnieuw controleren
      </button>
      <div role="status">
        {check.isFetching && 'De trekking wordt opnieuw gedaan…'}
        {!check.isFetching &&
          result &&
          (result.identical
            ? 'Opnieuw trekken met dezelfde keuzes en startwaarde geeft precies dezelfde zaken.'
            : `Opnieuw trekken op de gegevens van nu geeft ${formatNumber(result.onlyInRedraw)} andere zaken, omdat er beslissingen bij zijn gekomen (nu ${formatNumber(result.frameCountNow)} in totaal). De bewaarde steekproef blijft gelden.`)}
      </div>
      <div role="alert">{check.isError && 'De controle is niet gelukt. Probeer het opnieuw.'}</div>
    </div>
  );
}
