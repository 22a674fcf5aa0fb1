import { graphql } from '@/generated';

export const panelFrameOptionsQuery = graphql(`
  query PanelFrameOptions {
    panelFrameOptions {
      laws {
        code
        label
      }
      outcomes {
        code
        label
      }
      themes {
        code
        label
      }
    }
  }
`);
