import { graphql } from '@/generated';

export const importProfileTextQuery = graphql(`
  query ImportProfileText($name: String!) {
    importProfileText(name: $name) {
      name
      revision
      yaml
    }
  }
`);
