import { graphql } from '@/generated';

export const changeHandlingNormMutation = graphql(`
  mutation ChangeHandlingNorm($id: Int!, $input: SaveHandlingNormInput!) {
    changeHandlingNorm(id: $id, input: $input)
  }
`);
