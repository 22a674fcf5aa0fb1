import { graphql } from '@/generated';

export const updateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      role
      municipalityCode
      active
    }
  }
`);
