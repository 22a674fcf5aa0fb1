import { graphql } from '@/generated';

export const panelFramePreviewQuery = graphql(`
  query PanelFramePreview($frame: PanelFrameInput!, $stratifyBy: PanelStratifyBy, $margin: Float!) {
    panelFramePreview(frame: $frame, stratifyBy: $stratifyBy, margin: $margin) {
      frameCount
      requiredSampleSize
      strata {
        stratum
        label
        drawn
      }
    }
  }
`);
