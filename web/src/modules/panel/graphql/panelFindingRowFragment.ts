import { graphql } from '@/generated';

/** One row of the panel's findings (the total, per law, per theme, per norm): a share with its interval. */
export const panelFindingRowFragment = graphql(`
  fragment PanelFindingRowFields on PanelFindingRow {
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
`);
