import type {
  DrawPanelSampleInput,
  PanelAllocation,
  PanelFrameInput,
  PanelStratifyBy,
} from '@/generated/graphql';

/** The new-sample form as typed (strings from inputs), and how it becomes the API's input. */
export interface SampleFormValues {
  title: string;
  decidedFrom: string;
  decidedTo: string;
  laws: string[];
  outcomes: string[];
  themeCodes: string[];
  /** '' = either, 'ja' or 'nee'. */
  advisoryCommittee: '' | 'ja' | 'nee';
  /** '' = either, 'te_laat' or 'op_tijd'. */
  term: '' | 'te_laat' | 'op_tijd';
  size: string;
  seed: string;
  stratifyBy: '' | PanelStratifyBy;
  allocation: PanelAllocation;
  reviewersPerCase: '1' | '2';
}

export function initialSampleForm(today: Date): SampleFormValues {
  const stamp = today.toISOString().slice(0, 10);
  return {
    title: '',
    decidedFrom: '',
    decidedTo: '',
    laws: [],
    outcomes: [],
    themeCodes: [],
    advisoryCommittee: '',
    term: '',
    size: '30',
    seed: `steekproef-${stamp}`,
    stratifyBy: '',
    allocation: 'proportioneel',
    reviewersPerCase: '1',
  };
}

export function frameOf(values: SampleFormValues): PanelFrameInput {
  return {
    decidedFrom: values.decidedFrom || null,
    decidedTo: values.decidedTo || null,
    laws: values.laws,
    outcomes: values.outcomes,
    themeCodes: values.themeCodes,
    advisoryCommittee: values.advisoryCommittee === '' ? null : values.advisoryCommittee === 'ja',
    overTerm: values.term === '' ? null : values.term === 'te_laat',
  };
}

export function sampleInputOf(values: SampleFormValues): DrawPanelSampleInput {
  return {
    title: values.title.trim(),
    frame: frameOf(values),
    size: Number(values.size),
    seed: values.seed.trim(),
    stratifyBy: values.stratifyBy === '' ? null : values.stratifyBy,
    allocation: values.stratifyBy === '' ? null : values.allocation,
    reviewersPerCase: Number(values.reviewersPerCase),
  };
}

/** Dutch messages for what must be fixed before drawing; empty when the form is complete. */
export function sampleFormErrors(values: SampleFormValues): string[] {
  const errors: string[] = [];
  if (values.title.trim() === '') errors.push('Geef de steekproef een naam.');
  const size = Number(values.size);
  if (!Number.isInteger(size) || size < 1 || size > 2000) {
    errors.push('Kies een omvang van 1 tot en met 2000 zaken.');
  }
  if (values.seed.trim() === '') errors.push('Vul een startwaarde in.');
  if (values.decidedFrom && values.decidedTo && values.decidedFrom > values.decidedTo) {
    errors.push('De begindatum ligt na de einddatum.');
  }
  return errors;
}
