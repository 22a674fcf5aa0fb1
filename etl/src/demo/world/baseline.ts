import { type Domain, MUNICIPAL_THEMES, PROVIDER_THEMES } from '../data/weights';
import { municipalCase, providerCase } from './cases';
import { type DemoWorld } from './demoWorld';
import { drawMunicipalDomain, drawProviderFor, drawTheme, isRiseSuppressed } from './draws';

export function addMunicipalBaseline(world: DemoWorld, count: number): void {
  for (let i = 0; i < count; i++) {
    const received = world.days.sample(world.random);
    const domain = drawMunicipalDomain(world, received);
    let theme = world.random.weighted(MUNICIPAL_THEMES[domain]);
    const subjectOrg = drawProviderFor(world, domain, theme);
    while (isRiseSuppressed(subjectOrg, domain, received, theme)) {
      theme = world.random.weighted(MUNICIPAL_THEMES[domain]);
    }
    world.cases.push(municipalCase(world, { received, domain, theme, subjectOrg }));
  }
}

export function addProviderBaseline(world: DemoWorld, count: number): void {
  const totalVolume = world.caseListProviders.reduce((sum, provider) => sum + provider.volume, 0);
  for (const provider of world.caseListProviders) {
    const n = Math.round((count * provider.volume) / totalVolume);
    const domain = (provider.domains[0] ?? 'wmo') as Domain;
    for (let i = 0; i < n; i++) {
      const received = world.days.sample(world.random);
      const theme = drawTheme(world, PROVIDER_THEMES[provider.code] ?? [], provider.code, domain, received);
      world.cases.push(providerCase(world, provider.code, { received, theme }));
    }
  }
}
