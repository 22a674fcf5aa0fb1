import { graphql } from '@/generated';

export const panelSamplesQuery = graphql(`
  query PanelSamples {
    panelSamples {
      id
      title
      size
      drawn
      reviewed
      reviewersPerCase
      drawnByName
      drawnAt
      frame {
        description
      }
    }
  }
`);
