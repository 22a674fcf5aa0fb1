import { graphql } from '@/generated';

export const mergeOrganisationsMutation = graphql(`
  mutation MergeOrganisations($from: String!, $into: String!) {
    mergeOrganisations(from: $from, into: $into)
  }
`);
