import type { ThermometerQuery } from '@/generated/graphql';
import { indicatorDefinitions } from '@/modules/thermometer/utils/indicatorDefinitions';

interface IndicatorDefinitionsProps {
  indicators: ThermometerQuery['thermometer']['domains'][number]['indicators'];
}

/** "Wat betekent dit?" for the indicators of a card, with the legal basis where a law applies. */
export function IndicatorDefinitions({ indicators }: IndicatorDefinitionsProps) {
  return (
    <details className="definition">
      <summary>Wat betekent dit?</summary>
      <p>
        De kleur van het domein is de slechtste kleur van de indicatoren met genoeg gegevens. Bij minder dan 5
        klachten in het kwartaal is de kleur grijs: onvoldoende gegevens. We vergelijken met hetzelfde
        kwartaal een jaar eerder.
      </p>
      <dl>
        {indicators.map(({ indicator, label }) => (
          <div key={indicator}>
            <dt>
              <strong>{label}</strong>
            </dt>
            <dd>
              {indicatorDefinitions[indicator].definition}
              {indicatorDefinitions[indicator].legalBasis && (
                <> Wettelijke basis: {indicatorDefinitions[indicator].legalBasis}.</>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
