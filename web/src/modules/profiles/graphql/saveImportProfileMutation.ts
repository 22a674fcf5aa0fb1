import { graphql } from '@/generated';

export const saveImportProfileMutation = graphql(`
  mutation SaveImportProfile($yaml: String!) {
    saveImportProfile(yaml: $yaml) {
      name
      revision
      changed
      problems
    }
  }
`);
