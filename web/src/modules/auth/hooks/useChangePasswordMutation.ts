import { useMutation } from '@tanstack/react-query';
import { changePasswordMutation } from '@/modules/auth/graphql/changePasswordMutation';
import { graphqlRequest } from '@/lib/graphqlClient';

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/** Changes the logged-in user's password; the server ends their other sessions. */
export function useChangePasswordMutation() {
  return useMutation({
    mutationFn: (change: PasswordChange) => graphqlRequest(changePasswordMutation, change),
  });
}
