import { graphql } from '@/generated';

export const setRegionalParticipationMutation = graphql(`
  mutation SetRegionalParticipation($input: SetRegionalParticipationInput!) {
    setRegionalParticipation(input: $input) {
      code
      participates
    }
  }
`);
