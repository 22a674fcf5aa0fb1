import { graphql } from '@/generated';

export const updateSignalStatusMutation = graphql(`
  mutation UpdateSignalStatus($id: ID!, $status: SignalStatus!, $note: String) {
    updateSignalStatus(id: $id, status: $status, note: $note) {
      id
      status
      statusNote
      statusChangedAt
    }
  }
`);
