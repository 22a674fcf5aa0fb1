import { graphql } from '@/generated';

export const loginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      id
      username
      displayName
      role
    }
  }
`);
