/**
 * How old the newest data of a source may be before it is flagged stale, per organisation kind
 * (calendar days since its latest business date). Injectable (FRESHNESS_EXPECTATIONS) so an
 * installation can override it; the defaults follow how often each kind delivers:
 * - gemeente: weekly exports from the case system;
 * - aanbieder: a half-year report (seed 003) plus a month for delivery (183 + 30 days);
 * - ombudsman: quarterly case lists or an annual table (90 days);
 * - samenwerkingsverband: monthly (30 days).
 */
export type OrganisationKind = 'gemeente' | 'aanbieder' | 'ombudsman' | 'samenwerkingsverband';

export type FreshnessExpectations = Record<OrganisationKind, number>;

export const DEFAULT_FRESHNESS_EXPECTATIONS: FreshnessExpectations = {
  gemeente: 7,
  aanbieder: 213,
  ombudsman: 90,
  samenwerkingsverband: 30,
};

export const FRESHNESS_EXPECTATIONS = Symbol('FRESHNESS_EXPECTATIONS');
