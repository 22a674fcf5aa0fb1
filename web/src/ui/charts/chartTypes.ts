/** One point of a chart. `y` is null when there is no value or it was suppressed (never 0). */
export interface ChartPoint {
  x: string;
  y: number | null;
  suppressed?: boolean;
  /** A 95 % interval around y, drawn as an error bar (BarChart). */
  interval?: { lower: number; upper: number };
}

/** A named line; every series of one chart has the same x values in the same order. */
export interface ChartSeries {
  name: string;
  points: readonly ChartPoint[];
}

/** A vertical marker at one x value (e.g. the date a measure took effect), named in the chart's text. */
export interface ChartAnnotation {
  x: string;
  label: string;
}
