/** How recommendations (ombudsman, citizens' panel) were followed up, with each status's share. */

export const RECOMMENDATION_STATUSES = ['opgevolgd', 'niet_opgevolgd', 'in_afwachting'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

export interface FollowUpShares {
  total: number;
  followed: number;
  notFollowed: number;
  pending: number;
  /** Of all recommendations, in percent (one decimal); null without recommendations. */
  followedShare: number | null;
  notFollowedShare: number | null;
  pendingShare: number | null;
  /** Followed of those decided (followed + not followed): pending ones are not yet a verdict. */
  followedOfDecided: number | null;
}

const percent = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;

export function followUpShares(statuses: readonly RecommendationStatus[]): FollowUpShares {
  const count = (status: RecommendationStatus): number => statuses.filter((s) => s === status).length;
  const followed = count('opgevolgd');
  const notFollowed = count('niet_opgevolgd');
  const pending = count('in_afwachting');
  const total = statuses.length;
  return {
    total,
    followed,
    notFollowed,
    pending,
    followedShare: percent(followed, total),
    notFollowedShare: percent(notFollowed, total),
    pendingShare: percent(pending, total),
    followedOfDecided: percent(followed, followed + notFollowed),
  };
}
