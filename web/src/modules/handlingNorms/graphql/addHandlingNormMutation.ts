import { graphql } from '@/generated';

export const addHandlingNormMutation = graphql(`
  mutation AddHandlingNorm($input: SaveHandlingNormInput!) {
    addHandlingNorm(input: $input)
  }
`);
