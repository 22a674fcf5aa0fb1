import { graphql } from '@/generated';

export const conductNormsQuery = graphql(`
  query ConductNorms {
    conductNorms {
      code
      label
      description
      norms {
        code
        label
        description
      }
    }
  }
`);
