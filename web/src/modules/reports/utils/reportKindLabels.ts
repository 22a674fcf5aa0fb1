import type { ReportKind } from '@/generated/graphql';

export const reportKindLabels: Record<ReportKind, string> = {
  voorjaarsnota: 'Voorjaarsnota',
  bestuursrapportage: 'Bestuursrapportage',
  jaarverslag: 'Jaarverslag',
  klachtenjaarverslag: 'Klachtenjaarverslag (met zelfevaluatie)',
};
