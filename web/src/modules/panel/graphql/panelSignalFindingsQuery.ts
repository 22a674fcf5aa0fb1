import { graphql } from '@/generated';

export const panelSignalFindingsQuery = graphql(`
  query PanelSignalFindings {
    panelSignalFindings {
      id
      signalId
      signalLabel
      finding
      createdByName
      createdAt
    }
  }
`);
