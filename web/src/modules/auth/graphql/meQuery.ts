import { graphql } from '@/generated';

export const meQuery = graphql(`
  query Me {
    me {
      id
      username
      displayName
      role
    }
  }
`);
