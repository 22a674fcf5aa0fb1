import { graphql } from '@/generated';

export const updateMeasureMutation = graphql(`
  mutation UpdateMeasure($id: ID!, $input: MeasureInput!) {
    updateMeasure(id: $id, input: $input) {
      id
      status
      recommendationStatus
    }
  }
`);
