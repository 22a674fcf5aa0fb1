import type { OutcomesQuery } from '@/generated/graphql';
import type { IntervalRateSpec } from '@/modules/outcomes/utils/buildIntervalRates';

export type OutcomeRow = OutcomesQuery['outcomes']['rows'][number];

/** Uphold rate: (gegrond + deels gegrond) ÷ decided on the merits. */
export const upholdRateSpec: IntervalRateSpec<OutcomeRow> = {
  counts: [
    { key: 'decided', label: 'Inhoudelijk beslist', of: (row) => row.decided },
    { key: 'gegrond', label: 'Gegrond', of: (row) => row.gegrond },
    { key: 'deelsGegrond', label: 'Deels gegrond', of: (row) => row.deelsGegrond },
    { key: 'ongegrond', label: 'Ongegrond', of: (row) => row.ongegrond },
  ],
  rateLabel: 'Percentage (deels) gegrond',
  rate: (row) => row.upholdRate,
  lower: (row) => row.upholdRateLower,
  upper: (row) => row.upholdRateUpper,
};

/** Ombudsman recommendations: followed ÷ (followed + not followed). */
export const recommendationsSpec: IntervalRateSpec<OutcomeRow> = {
  counts: [
    { key: 'made', label: 'Aanbevelingen', of: (row) => row.recommendationsMade },
    { key: 'followed', label: 'Opgevolgd', of: (row) => row.recommendationsFollowed },
    { key: 'notFollowed', label: 'Niet opgevolgd', of: (row) => row.recommendationsNotFollowed },
  ],
  rateLabel: 'Percentage opgevolgd',
  rate: (row) => row.recommendationFollowedRate,
  lower: (row) => row.recommendationFollowedRateLower,
  upper: (row) => row.recommendationFollowedRateUpper,
  // Only the 2nd line makes recommendations; members without any would fill the chart with gaps.
  include: (row) => row.recommendationsMade.suppressed || (row.recommendationsMade.value ?? 0) > 0,
};
