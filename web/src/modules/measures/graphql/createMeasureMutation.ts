import { graphql } from '@/generated';

export const createMeasureMutation = graphql(`
  mutation CreateMeasure($input: MeasureInput!) {
    createMeasure(input: $input) {
      id
      title
    }
  }
`);
