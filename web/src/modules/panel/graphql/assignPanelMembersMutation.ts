import { graphql } from '@/generated';

export const assignPanelMembersMutation = graphql(`
  mutation AssignPanelMembers($sampleId: ID!, $userIds: [Int!]!) {
    assignPanelMembers(sampleId: $sampleId, userIds: $userIds) {
      id
    }
  }
`);
