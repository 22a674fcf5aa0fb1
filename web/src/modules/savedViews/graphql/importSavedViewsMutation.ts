import { graphql } from '@/generated';

export const importSavedViewsMutation = graphql(`
  mutation ImportSavedViews($views: [CreateSavedViewInput!]!) {
    importSavedViews(views: $views)
  }
`);
