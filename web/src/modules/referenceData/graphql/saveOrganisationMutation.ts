import { graphql } from '@/generated';

export const saveOrganisationMutation = graphql(`
  mutation SaveOrganisation($input: SaveOrganisationInput!) {
    saveOrganisation(input: $input)
  }
`);
