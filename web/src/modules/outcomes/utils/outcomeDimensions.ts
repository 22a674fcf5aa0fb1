import type { OutcomeDimension } from '@/generated/graphql';

/** `?indeling=` of the Uitkomsten page, in Dutch words, and the API dimension behind it. */
export const outcomeDimensions = {
  domein: { dimension: 'domain', label: 'Domein' },
  thema: { dimension: 'theme', label: 'Thema' },
  wet: { dimension: 'law', label: 'Wet' },
  lijn: { dimension: 'line', label: 'Lijn' },
  aanbieder: { dimension: 'subjectOrganisation', label: 'Aanbieder of organisatie' },
} as const satisfies Record<string, { dimension: OutcomeDimension; label: string }>;

export type OutcomeDimensionKey = keyof typeof outcomeDimensions;

export function isOutcomeDimensionKey(value: string | null): value is OutcomeDimensionKey {
  return value !== null && Object.hasOwn(outcomeDimensions, value);
}
