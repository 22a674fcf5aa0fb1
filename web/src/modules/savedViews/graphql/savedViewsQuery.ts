import { graphql } from '@/generated';

export const savedViewsQuery = graphql(`
  query SavedViews {
    savedViews {
      own {
        id
        name
        path
        search
        shared
      }
      sharedWithMe {
        id
        name
        path
        search
        ownerDisplayName
      }
    }
  }
`);
