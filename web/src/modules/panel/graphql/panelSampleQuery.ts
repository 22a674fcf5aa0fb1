import { graphql } from '@/generated';

export const panelSampleQuery = graphql(`
  query PanelSample($id: ID!) {
    panelSample(id: $id) {
      id
      title
      seed
      size
      drawn
      reviewed
      frameCount
      stratifyBy
      allocation
      reviewersPerCase
      drawnByName
      drawnAt
      frame {
        description
      }
      strata {
        stratum
        label
        drawn
        weight
      }
      members {
        userId
        displayName
        assigned
        reviewed
      }
    }
  }
`);
