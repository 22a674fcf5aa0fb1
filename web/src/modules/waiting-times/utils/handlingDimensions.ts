import type { IndicatorDimension } from '@/generated/graphql';

/** `?indeling=` of the Wachttijden page, in Dutch words, and the API dimension behind it. */
export const handlingDimensions = {
  domein: { dimension: 'domain', label: 'Domein' },
  aanbieder: { dimension: 'subjectOrganisation', label: 'Aanbieder of organisatie' },
} as const satisfies Record<string, { dimension: IndicatorDimension; label: string }>;
