import type { ThermometerIndicatorName } from '@/generated/graphql';
import { formatNumber } from '@/lib/format';

interface Thresholds {
  amberFrom: number;
  redFrom: number;
  higherIsWorse: boolean;
  indicator: ThermometerIndicatorName;
}

/** The colour bands of an indicator in words, e.g. "groen onder 20%, oranje 20% tot 30%, rood vanaf 30%". */
export function describeThresholds({ amberFrom, redFrom, higherIsWorse, indicator }: Thresholds): string {
  const pct = (value: number) =>
    `${indicator === 'complaintsTrend' && value > 0 ? '+' : ''}${formatNumber(value)}%`;
  return higherIsWorse
    ? `groen onder ${pct(amberFrom)}, oranje ${pct(amberFrom)} tot ${pct(redFrom)}, rood vanaf ${pct(redFrom)}`
    : `groen vanaf ${pct(amberFrom)}, oranje ${pct(redFrom)} tot ${pct(amberFrom)}, rood onder ${pct(redFrom)}`;
}
