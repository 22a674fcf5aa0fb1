import { graphql } from '@/generated';

export const endHandlingNormMutation = graphql(`
  mutation EndHandlingNorm($id: Int!, $validTo: String!) {
    endHandlingNorm(id: $id, validTo: $validTo)
  }
`);
