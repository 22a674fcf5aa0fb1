import { graphql } from '@/generated';

/** The municipalities the viewer may filter on (names are public; no counts). */
export const municipalitiesQuery = graphql(`
  query Municipalities {
    municipalities {
      code
      name
      region
    }
  }
`);
