import { graphql } from '@/generated';

export const activateThemeModelMutation = graphql(`
  mutation ActivateThemeModel($version: Int!) {
    activateThemeModel(version: $version)
  }
`);
