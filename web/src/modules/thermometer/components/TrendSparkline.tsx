import { sparklinePath } from '@/modules/thermometer/utils/sparklinePath';

const WIDTH = 120;
const HEIGHT = 28;

/** A tiny line of the last quarters; decorative, the caller puts the trend in words next to it. */
export function TrendSparkline({ values }: { values: readonly (number | null)[] }) {
  return (
    <svg
      className="sparkline"
      aria-hidden="true"
      focusable="false"
      width={WIDTH}
      height={HEIGHT + 4}
      viewBox={`-2 -2 ${WIDTH + 4} ${HEIGHT + 4}`}
    >
      <path d={sparklinePath(values, WIDTH, HEIGHT)} fill="none" stroke="currentColor" strokeWidth={2} />
    </svg>
  );
}
