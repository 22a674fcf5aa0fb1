import { graphql } from '@/generated';

export const measureEffectQuery = graphql(`
  query MeasureEffect($id: ID!) {
    measure(id: $id) {
      id
      title
      themeLabel
      effectiveOn
      effect {
        verdict
        explanation
        centreLine
        afterRate
        points {
          period
          after
          count
          rate
          lowerLimit
          upperLimit
          beyondLimits
        }
      }
      effectPerClients {
        verdict
        centreLine
        afterRate
      }
    }
  }
`);
