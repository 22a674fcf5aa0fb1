import { graphql } from '@/generated';

export const measuresQuery = graphql(`
  query Measures($themeCode: String) {
    measures(themeCode: $themeCode) {
      id
      title
      description
      themeCode
      themeLabel
      sourceKind
      sourceRef
      owner
      decidedOn
      effectiveOn
      expectedEffect
      status
      recommendationStatus
      pcReference
    }
  }
`);
