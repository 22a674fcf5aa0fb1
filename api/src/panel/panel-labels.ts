import { PanelFrame, PanelStratifyBy } from './panel.repository';

/** Dutch labels for the codes the panel pages show (labels, never raw codes). */
const LAW_LABELS: Readonly<Record<string, string>> = {
  participatiewet: 'Participatiewet',
  wmo: 'Wmo 2015',
  jeugdwet: 'Jeugdwet',
  wgs: 'Wet gemeentelijke schuldhulpverlening',
  wet_inburgering: 'Wet inburgering 2021',
};

const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  gegrond: 'Gegrond',
  deels_gegrond: 'Deels gegrond',
  ongegrond: 'Ongegrond',
  niet_ontvankelijk: 'Niet-ontvankelijk',
  ingetrokken: 'Ingetrokken',
  lopend: 'Nog niet beslist',
  onbekend: 'Onbekend',
};

/** Unknown codes read as words: 'wet_x' → 'wet x'. */
function words(code: string): string {
  return code.replaceAll('_', ' ');
}

export function lawLabel(code: string): string {
  return LAW_LABELS[code] ?? words(code);
}

export function outcomeLabel(code: string): string {
  return OUTCOME_LABELS[code] ?? words(code);
}

export function stratumLabel(stratifyBy: PanelStratifyBy | null, stratum: string): string {
  switch (stratifyBy) {
    case 'law':
      return lawLabel(stratum);
    case 'outcome':
      return outcomeLabel(stratum);
    case 'advisory_committee':
      return stratum === 'ja' ? 'Met adviescommissie' : 'Zonder adviescommissie';
    case 'theme':
      return stratum === 'geen' ? 'Geen thema' : words(stratum);
    case null:
      return 'Alle beslissingen';
  }
}

/** The frame in one Dutch sentence, e.g. "Beslist van 2025-01-01 tot en met 2025-06-30; wet: Wmo 2015". */
export function describeFrame(frame: PanelFrame): string {
  const parts: string[] = [];
  if (frame.decidedFrom && frame.decidedTo) {
    parts.push(`beslist van ${frame.decidedFrom} tot en met ${frame.decidedTo}`);
  } else if (frame.decidedFrom) parts.push(`beslist vanaf ${frame.decidedFrom}`);
  else if (frame.decidedTo) parts.push(`beslist tot en met ${frame.decidedTo}`);
  if (frame.laws?.length) parts.push(`wet: ${frame.laws.map(lawLabel).join(', ')}`);
  if (frame.domains?.length) parts.push(`domein: ${frame.domains.map(words).join(', ')}`);
  if (frame.outcomes?.length) parts.push(`uitkomst: ${frame.outcomes.map(outcomeLabel).join(', ')}`);
  if (frame.themeCodes?.length) parts.push(`thema: ${frame.themeCodes.map(words).join(', ')}`);
  if (frame.advisoryCommittee !== undefined && frame.advisoryCommittee !== null) {
    parts.push(frame.advisoryCommittee ? 'met adviescommissie' : 'zonder adviescommissie');
  }
  if (frame.overTerm !== undefined && frame.overTerm !== null) {
    parts.push(frame.overTerm ? 'later beslist dan de termijn' : 'binnen de termijn beslist');
  }
  if (parts.length === 0) return 'Alle beslissingen op bezwaar';
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
