import { graphql } from '@/generated';

export const importProfilesQuery = graphql(`
  query ImportProfiles {
    importProfiles {
      name
      label
      description
      error
      revision
      target
    }
  }
`);
