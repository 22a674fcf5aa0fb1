import { graphql } from '@/generated';

export const referenceMunicipalitiesQuery = graphql(`
  query ReferenceMunicipalities {
    referenceMunicipalities {
      code
      name
      region
      inhabitants {
        year
        inhabitants
      }
    }
  }
`);
