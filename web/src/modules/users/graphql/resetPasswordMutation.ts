import { graphql } from '@/generated';

export const resetPasswordMutation = graphql(`
  mutation ResetUserPassword($username: String!, $newPassword: String!) {
    resetPassword(username: $username, newPassword: $newPassword)
  }
`);
