import type { FunnelPoint } from '@/modules/providers/utils/computeFunnel';

export const funnelPositionLabels: { readonly [P in FunnelPoint['position']]: string } = {
  binnen: 'Binnen de grenzen',
  'boven-2': 'Boven de 2 SD-grens: vraag ernaar',
  'boven-3': 'Boven de 3 SD-grens: duidelijk meer dan toeval',
  'onder-2': 'Onder de 2 SD-grens',
  'onder-3': 'Onder de 3 SD-grens: duidelijk minder dan toeval',
};
