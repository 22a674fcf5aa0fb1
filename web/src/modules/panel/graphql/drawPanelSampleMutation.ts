import { graphql } from '@/generated';

export const drawPanelSampleMutation = graphql(`
  mutation DrawPanelSample($input: DrawPanelSampleInput!) {
    drawPanelSample(input: $input) {
      id
    }
  }
`);
