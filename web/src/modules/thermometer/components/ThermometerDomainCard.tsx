import { useId } from 'react';
import type { ThermometerQuery } from '@/generated/graphql';
import { ColourBadge } from '@/modules/thermometer/components/ColourBadge';
import { DomainTrendPanel } from '@/modules/thermometer/components/DomainTrendPanel';
import { IndicatorDefinitions } from '@/modules/thermometer/components/IndicatorDefinitions';
import { buildIndicatorTable } from '@/modules/thermometer/utils/buildIndicatorTable';
import { domainCardId } from '@/modules/thermometer/utils/domainCardId';
import { formatQuarter } from '@/modules/thermometer/utils/formatQuarter';
import { DataTable } from '@/ui/table/DataTable';
import { HiddenFigureNote } from '@/ui/HiddenFigureNote';

interface ThermometerDomainCardProps {
  domain: ThermometerQuery['thermometer']['domains'][number];
  quarter: string;
}

/** One domain: colour with its reason, the indicators behind it, what changed most, and the trend. */
export function ThermometerDomainCard({ domain, quarter }: ThermometerDomainCardProps) {
  const headingId = useId();
  const indicators = buildIndicatorTable(domain, `Indicatoren ${domain.label}, ${formatQuarter(quarter)}`);
  return (
    <section id={domainCardId(domain.domain)} aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{domain.label}</h2>
      <ColourBadge colour={domain.colour} />
      <p>{domain.explanation}</p>
      <h3>Wat veranderde</h3>
      <p>{domain.biggestChange?.explanation ?? 'Er is niets dat we met vorig jaar kunnen vergelijken.'}</p>
      <IndicatorDefinitions indicators={domain.indicators} />
      <DataTable table={indicators} />
      {indicators.hasHidden && (
        <HiddenFigureNote what="dit cijfer">De kleur blijft wel zichtbaar.</HiddenFigureNote>
      )}
      <DomainTrendPanel domain={domain} />
    </section>
  );
}
