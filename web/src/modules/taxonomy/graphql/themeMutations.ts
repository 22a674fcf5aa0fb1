import { graphql } from '@/generated';

export const createThemeMutation = graphql(`
  mutation CreateTheme($input: CreateThemeInput!) {
    createTheme(input: $input) {
      code
    }
  }
`);

export const updateThemeMutation = graphql(`
  mutation UpdateTheme($input: UpdateThemeInput!) {
    updateTheme(input: $input) {
      code
    }
  }
`);

export const setThemeActiveMutation = graphql(`
  mutation SetThemeActive($code: String!, $active: Boolean!) {
    setThemeActive(code: $code, active: $active) {
      code
      active
    }
  }
`);
