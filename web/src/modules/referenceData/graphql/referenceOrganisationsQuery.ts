import { graphql } from '@/generated';

export const referenceOrganisationsQuery = graphql(`
  query ReferenceOrganisations {
    referenceOrganisations {
      code
      name
      kind
      municipalityCode
      aliases
      activeFrom
      activeTo
    }
  }
`);
