import { graphql } from '@/generated';

export const regionalParticipationQuery = graphql(`
  query RegionalParticipation {
    regionalParticipation {
      code
      name
      region
      participates
    }
  }
`);
