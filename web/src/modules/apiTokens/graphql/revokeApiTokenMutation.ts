import { graphql } from '@/generated';

export const revokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: Int!) {
    revokeApiToken(id: $id)
  }
`);
