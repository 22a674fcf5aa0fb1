import { graphql } from '@/generated';

export const managedUsersQuery = graphql(`
  query ManagedUsers {
    managedUsers {
      id
      username
      displayName
      role
      municipalityCode
      active
      external
    }
  }
`);
