import type { Role } from '@/generated/graphql';

/** Dutch names of the five roles of domain.md, as users see them in the header. */
export const roleLabels: { readonly [R in Role]: string } = {
  raad: 'Raadslid',
  panel: 'Burgerpanel',
  college: 'College van B&W',
  beleid: 'Beleidsmedewerker',
  beheer: 'Beheerder',
};
