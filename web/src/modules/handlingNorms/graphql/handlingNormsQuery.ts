import { graphql } from '@/generated';

export const handlingNormsQuery = graphql(`
  query HandlingNorms {
    handlingNorms {
      id
      municipalityCode
      source
      sourceName
      theme
      themeLabel
      kind
      termAmount
      termUnit
      termDays
      replacesNorm
      validFrom
      validTo
      note
    }
    handlingNormThemes {
      code
      label
    }
    norms {
      code
      label
    }
  }
`);
