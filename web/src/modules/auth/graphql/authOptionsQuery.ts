import { graphql } from '@/generated';

export const authOptionsQuery = graphql(`
  query AuthOptions {
    authOptions {
      oidc
    }
  }
`);
