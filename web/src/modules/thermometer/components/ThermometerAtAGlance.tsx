import { useId } from 'react';
import type { ThermometerQuery } from '@/generated/graphql';
import { ColourBadge } from '@/modules/thermometer/components/ColourBadge';
import { TrendSparkline } from '@/modules/thermometer/components/TrendSparkline';
import { describeTrend } from '@/modules/thermometer/utils/describeTrend';
import { domainCardId } from '@/modules/thermometer/utils/domainCardId';

interface ThermometerAtAGlanceProps {
  domains: ThermometerQuery['thermometer']['domains'];
}

/** Every domain in one tile (colour, its reason, trend), linking to its details further down. */
export function ThermometerAtAGlance({ domains }: ThermometerAtAGlanceProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="glance">
      <h2 id={headingId} className="visually-hidden">
        Alle domeinen in één oogopslag
      </h2>
      <ul className="glance__list">
        {domains.map((domain) => (
          <li key={domain.domain} className="glance__tile">
            <h3 className="glance__title">
              <a href={`#${domainCardId(domain.domain)}`}>{domain.label}</a>
            </h3>
            <ColourBadge colour={domain.colour} />
            <p className="glance__reason">{domain.explanation}</p>
            <TrendSparkline
              values={domain.trend.map((point) => (point.suppressed ? null : (point.count ?? null)))}
            />
            <p className="visually-hidden">{describeTrend(domain.trend)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
