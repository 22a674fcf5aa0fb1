import { graphql } from '@/generated';

export const neighbourhoodBoundarySetsQuery = graphql(`
  query NeighbourhoodBoundarySets {
    neighbourhoodBoundarySets {
      municipalityCode
      municipalityName
      level
      areas
      withInhabitants
      sourceFile
      importedAt
    }
  }
`);
