/** Routes of the panel pages (App.tsx). */
export const PANEL_PATH = '/burgerpanel';
export const PANEL_FINDINGS_PATH = '/panelbevindingen';

export function panelSamplePath(sampleId: string): string {
  return `${PANEL_PATH}/steekproeven/${encodeURIComponent(sampleId)}`;
}

export function panelCasePath(sampleId: string, decisionId: string): string {
  return `${panelSamplePath(sampleId)}/zaken/${encodeURIComponent(decisionId)}`;
}
