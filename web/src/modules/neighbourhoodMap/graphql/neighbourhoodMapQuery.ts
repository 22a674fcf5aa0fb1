import { graphql } from '@/generated';

/** The wijken or buurten with their outlines and their (for raad/panel/college: protected) figures. */
export const neighbourhoodMapQuery = graphql(`
  query NeighbourhoodMap($query: NeighbourhoodMapInput!) {
    neighbourhoodMap(query: $query) {
      measure
      level
      disclosureControl
      areas {
        code
        name
        geometry
        inhabitants
        count
        rate
        suppressed
      }
      unmapped {
        code
        label
        count
        suppressed
      }
    }
  }
`);
