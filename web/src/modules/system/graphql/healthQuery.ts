import { graphql } from '@/generated';

export const healthQuery = graphql(`
  query Health {
    health {
      status
      database
      version
    }
  }
`);
