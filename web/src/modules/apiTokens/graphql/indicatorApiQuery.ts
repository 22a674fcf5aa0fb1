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
      indicatorColumns {
        name
        meaning
      }
      families {
        name
        label
        definition
        csvPath
        breakdowns
        filters
        columns {
          name
          meaning
        }
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
