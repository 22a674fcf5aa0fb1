import { graphql } from '@/generated';

export const addPanelSignalFindingMutation = graphql(`
  mutation AddPanelSignalFinding($signalId: ID!, $sampleId: ID, $finding: String!) {
    addPanelSignalFinding(signalId: $signalId, sampleId: $sampleId, finding: $finding) {
      id
    }
  }
`);
