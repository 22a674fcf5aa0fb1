import { type Writer } from '../data/texts';
import { GEMEENTE_ONDERWERP, GEMEENTE_VAGUE_ONDERWERP } from '../data/vocabulary';
import { type Domain } from '../data/weights';
import { type DemoWorld } from './demoWorld';

export function drawMunicipalChannel(world: DemoWorld, domain: Domain): string {
  return world.random.weighted([
    ['telefoon', 35],
    ['email', 20],
    ['webformulier', 18],
    ['brief', 8],
    ['balie', 7],
    ['keukentafel', domain === 'wmo' || domain === 'jeugd' ? 5 : 0],
    ['sociale_media', 2],
    ['via_aanbieder', 3],
    ['onbekend', 1],
  ] as const);
}

export function drawComplainant(world: DemoWorld, domain: Domain): string {
  return domain === 'jeugd'
    ? world.random.weighted([
        ['ouder', 55],
        ['jongere', 12],
        ['professional', 10],
        ['vertegenwoordiger', 8],
        ['burger', 10],
        ['onbekend', 5],
      ] as const)
    : world.random.weighted([
        ['burger', 70],
        ['vertegenwoordiger', 15],
        ['professional', 7],
        ['onbekend', 8],
      ] as const);
}

export function writerFor(channel: string): Writer {
  return channel === 'email' ||
    channel === 'webformulier' ||
    channel === 'brief' ||
    channel === 'sociale_media'
    ? 'burger'
    : 'kcc';
}

export function drawMunicipalCategory(world: DemoWorld, theme: string, vague: boolean): string {
  if (vague) return world.random.pick(GEMEENTE_VAGUE_ONDERWERP);
  return world.random.pick(GEMEENTE_ONDERWERP[theme] ?? GEMEENTE_VAGUE_ONDERWERP);
}
