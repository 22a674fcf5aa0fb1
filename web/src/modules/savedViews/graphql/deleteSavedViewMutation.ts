import { graphql } from '@/generated';

export const deleteSavedViewMutation = graphql(`
  mutation DeleteSavedView($id: Int!) {
    deleteSavedView(id: $id)
  }
`);
