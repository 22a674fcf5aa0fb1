import { graphql } from '@/generated';

export const saveMunicipalityMutation = graphql(`
  mutation SaveMunicipality($input: SaveMunicipalityInput!) {
    saveMunicipality(input: $input)
  }
`);
