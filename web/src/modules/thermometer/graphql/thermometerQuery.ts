import { graphql } from '@/generated';

/** Per domain a colour, its reason, the indicators behind it and the trend of 8 quarters. */
export const thermometerQuery = graphql(`
  query Thermometer($period: String) {
    thermometer(period: $period) {
      disclosureControl
      threshold
      period {
        quarter
        comparisonQuarter
        start
        end
        completeness
        notDelivered
      }
      domains {
        domain
        label
        colour
        explanation
        decidingIndicator
        biggestChange {
          indicator
          label
          explanation
        }
        indicators {
          indicator
          label
          colour
          reading
          current
          previous
          amberFrom
          redFrom
          higherIsWorse
          suppressed
          explanation
        }
        trend {
          quarter
          start
          count
          ratePer1000
          suppressed
        }
      }
    }
  }
`);
