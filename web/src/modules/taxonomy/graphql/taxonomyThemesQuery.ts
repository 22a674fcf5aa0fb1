import { graphql } from '@/generated';

export const taxonomyThemesQuery = graphql(`
  query TaxonomyThemes {
    taxonomyThemes {
      code
      label
      description
      domainCode
      domainLabel
      parentCode
      keywords
      active
    }
  }
`);
