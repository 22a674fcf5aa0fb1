import { graphql } from '@/generated';

export const panelFindingsQuery = graphql(`
  query PanelFindings($sampleId: ID) {
    panelFindings(sampleId: $sampleId) {
      weighted
      confirmed
      confirmedSuppressed
      total {
        ...PanelFindingRowFields
      }
      byLaw {
        ...PanelFindingRowFields
      }
      byTheme {
        ...PanelFindingRowFields
      }
      byNorm {
        ...PanelFindingRowFields
      }
      agreement {
        pairs
        observedAgreement
        kappa
      }
    }
  }
`);
