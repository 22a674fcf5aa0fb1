import { graphql } from '@/generated';

export const myApiTokensQuery = graphql(`
  query MyApiTokens {
    myApiTokens {
      id
      name
      prefix
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
    }
  }
`);
