import { graphql } from '@/generated';

export const confirmPanelSystemErrorMutation = graphql(`
  mutation ConfirmPanelSystemError($sampleId: ID!, $decisionId: ID!, $confirmed: Boolean!, $note: String) {
    confirmPanelSystemError(
      sampleId: $sampleId
      decisionId: $decisionId
      confirmed: $confirmed
      note: $note
    ) {
      decisionId
      confirmed
      confirmationNote
    }
  }
`);
