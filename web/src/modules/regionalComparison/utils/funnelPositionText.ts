import type { FunnelPosition } from '@/generated/graphql';

/** What a position against the limits means: a reason to look, never a verdict or a rank. */
export const funnelPositionText: { readonly [P in FunnelPosition]: string } = {
  BINNEN: 'Binnen de grenzen: het verschil met de regio past bij toeval',
  BOVEN_95: 'Boven de 95%-grens: een reden om door te vragen',
  BOVEN_998: 'Boven de 99,8%-grens: meer dan toeval, een reden om te kijken waarom',
  ONDER_95: 'Onder de 95%-grens: een reden om door te vragen',
  ONDER_998: 'Onder de 99,8%-grens: minder dan toeval, kijk ook of klachten goed worden vastgelegd',
};
