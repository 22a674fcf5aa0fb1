import { graphql } from '@/generated';

export const panelMembersQuery = graphql(`
  query PanelMembers {
    panelMembers {
      id
      displayName
    }
  }
`);
