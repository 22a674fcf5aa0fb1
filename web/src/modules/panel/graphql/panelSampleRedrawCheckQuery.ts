import { graphql } from '@/generated';

export const panelSampleRedrawCheckQuery = graphql(`
  query PanelSampleRedrawCheck($id: ID!) {
    panelSampleRedrawCheck(id: $id) {
      identical
      frameCountNow
      onlyInRedraw
      onlyInStored
    }
  }
`);
