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
      families {
        name
        label
        definition
        csvPath
        breakdowns
        filters
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
