import type {
  EffectVerdict,
  MeasureSourceKind,
  MeasureStatus,
  RecommendationStatus,
} from '@/generated/graphql';

export const measureStatusLabels: Record<MeasureStatus, string> = {
  besloten: 'Besloten',
  in_uitvoering: 'In uitvoering',
  uitgevoerd: 'Uitgevoerd',
  gestopt: 'Gestopt',
};

export const sourceKindLabels: Record<MeasureSourceKind, string> = {
  signaal: 'Systeemsignaal',
  panelbevinding: 'Bevinding burgerpanel',
  ombudsmanaanbeveling: 'Aanbeveling ombudsman',
};

export const recommendationStatusLabels: Record<RecommendationStatus, string> = {
  opgevolgd: 'Opgevolgd',
  niet_opgevolgd: 'Niet opgevolgd',
  in_afwachting: 'In afwachting',
};

export const verdictLabels: Record<EffectVerdict, string> = {
  duidelijke_daling: 'Duidelijke daling',
  duidelijke_stijging: 'Duidelijke stijging',
  normale_variatie: 'Binnen normale variatie',
  te_weinig_gegevens: 'Te weinig gegevens',
};
