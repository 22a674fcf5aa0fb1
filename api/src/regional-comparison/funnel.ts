/**
 * Funnel plot for rates per 1,000 inhabitants (Spiegelhalter 2005, "Funnel plots for comparing
 * institutional performance", Stat Med 24:1185; "Handling over-dispersion of performance indicators",
 * Qual Saf Health Care 14:347). Pure functions, no I/O; docs/regional-comparison.md explains the method.
 *
 * Each municipality i has y_i complaints and n_i inhabitants. The target is the regional rate
 * θ = Σy / Σn. Under a Poisson model y_i has mean and variance θ·n_i, so the control limits around θ
 * for a municipality of size n are θ ± z·√(φ·θ / n), with z = 1.96 (95 %) and 3.09 (99.8 %).
 * Overdispersion (multiplicative): φ = (1/k)·Σ z_i² with z_i = (y_i − θ·n_i) / √(θ·n_i); the limits
 * are only widened (φ < 1 is taken as 1), and only when at least MIN_FOR_OVERDISPERSION municipalities
 * are compared (with fewer the estimate says nothing).
 */

export const Z_95 = 1.959964;
export const Z_998 = 3.090232;
export const PER_INHABITANTS = 1000;
export const MIN_FOR_OVERDISPERSION = 3;
/** Points on each limit curve of the chart. */
export const LIMIT_CURVE_POINTS = 40;

export interface FunnelUnit {
  key: string;
  count: number;
  inhabitants: number;
}

export interface FunnelLimits {
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

export type FunnelPositionName = 'BINNEN' | 'BOVEN_95' | 'BOVEN_998' | 'ONDER_95' | 'ONDER_998';

export interface Funnel {
  /** Complaints per 1,000 inhabitants in the region (θ × 1,000); null without inhabitants. */
  regionalRate: number | null;
  /** φ, at least 1. */
  overdispersion: number;
  limitsFor(inhabitants: number): FunnelLimits | null;
}

/** θ and φ of the units (units without inhabitants are left out by the caller). */
export function buildFunnel(units: readonly FunnelUnit[]): Funnel {
  const totalCount = units.reduce((sum, unit) => sum + unit.count, 0);
  const totalInhabitants = units.reduce((sum, unit) => sum + unit.inhabitants, 0);
  if (totalInhabitants <= 0) return { regionalRate: null, overdispersion: 1, limitsFor: () => null };
  const theta = totalCount / totalInhabitants;
  const overdispersion = estimateOverdispersion(units, theta);
  return {
    regionalRate: theta * PER_INHABITANTS,
    overdispersion,
    limitsFor: (inhabitants) => (inhabitants > 0 ? limits(theta, overdispersion, inhabitants) : null),
  };
}

function estimateOverdispersion(units: readonly FunnelUnit[], theta: number): number {
  if (units.length < MIN_FOR_OVERDISPERSION || theta <= 0) return 1;
  const sumOfSquares = units.reduce((sum, unit) => {
    const expected = theta * unit.inhabitants;
    return sum + (unit.count - expected) ** 2 / expected;
  }, 0);
  return Math.max(1, sumOfSquares / units.length);
}

function limits(theta: number, phi: number, inhabitants: number): FunnelLimits {
  const spread = Math.sqrt((phi * theta) / inhabitants);
  const at = (z: number, sign: 1 | -1): number => Math.max(0, theta + sign * z * spread) * PER_INHABITANTS;
  return { lower95: at(Z_95, -1), upper95: at(Z_95, 1), lower998: at(Z_998, -1), upper998: at(Z_998, 1) };
}

/** Where a rate lies against its limits: a reason to look, not a verdict. */
export function funnelPosition(rate: number, limit: FunnelLimits): FunnelPositionName {
  if (rate > limit.upper998) return 'BOVEN_998';
  if (rate > limit.upper95) return 'BOVEN_95';
  if (rate < limit.lower998) return 'ONDER_998';
  if (rate < limit.lower95) return 'ONDER_95';
  return 'BINNEN';
}

/** Population sizes for the limit curves: geometric steps from half the smallest to 1.25× the largest. */
export function curveInhabitants(sizes: readonly number[]): number[] {
  const positive = sizes.filter((size) => size > 0);
  if (positive.length === 0) return [];
  const low = Math.min(...positive) / 2;
  const high = Math.max(...positive) * 1.25;
  const step = (high / low) ** (1 / (LIMIT_CURVE_POINTS - 1));
  return Array.from({ length: LIMIT_CURVE_POINTS }, (_, i) => Math.round(low * step ** i));
}
