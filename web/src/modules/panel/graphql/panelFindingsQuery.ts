import { graphql } from '@/generated';

export const panelFindingsQuery = graphql(`
  query PanelFindings($sampleId: ID) {
    panelFindings(sampleId: $sampleId) {
      weighted
      confirmed
      confirmedSuppressed
      total {
        key
        label
        reviewed
        reviewedSuppressed
        count
        countSuppressed
        share
        lower
        upper
        fewCases
      }
      byLaw {
        key
        label
        reviewed
        reviewedSuppressed
        count
        countSuppressed
        share
        lower
        upper
        fewCases
      }
      byTheme {
        key
        label
        reviewed
        reviewedSuppressed
        count
        countSuppressed
        share
        lower
        upper
        fewCases
      }
      byNorm {
        key
        label
        reviewed
        reviewedSuppressed
        count
        countSuppressed
        share
        lower
        upper
        fewCases
      }
      agreement {
        pairs
        observedAgreement
        kappa
      }
    }
  }
`);
