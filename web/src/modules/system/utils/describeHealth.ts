import type { HealthQuery } from '@/generated/graphql';

export interface HealthDescription {
  tone: 'ok' | 'warning' | 'error';
  text: string;
}

/** Turns the API's health answer into one short Dutch sentence and a tone for the colour. */
export function describeHealth(health: HealthQuery['health']): HealthDescription {
  if (!health.database) return { tone: 'error', text: 'Database niet bereikbaar' };
  if (health.status === 'ok') return { tone: 'ok', text: 'Systeem werkt' };
  return { tone: 'warning', text: 'Systeem werkt beperkt' };
}
