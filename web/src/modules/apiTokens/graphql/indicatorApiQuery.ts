import { graphql } from '@/generated';

export const indicatorApiQuery = graphql(`
  query IndicatorApi {
    indicatorApi {
      basePath
      indicators {
        name
        label
        definition
        additive
        csvPath
      }
      parameters {
        param
        label
        definition
        filter
        breakdown
      }
      granularities {
        param
        label
      }
    }
  }
`);
