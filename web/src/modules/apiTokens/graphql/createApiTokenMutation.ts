import { graphql } from '@/generated';

export const createApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      info {
        id
        name
        expiresAt
      }
    }
  }
`);
