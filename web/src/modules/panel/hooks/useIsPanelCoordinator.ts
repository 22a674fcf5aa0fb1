import { useCurrentUser } from '@/modules/auth/hooks/useCurrentUser';

/** College and beheer draw samples, assign members and confirm system errors (docs/panel.md). */
export function useIsPanelCoordinator(): boolean {
  const user = useCurrentUser();
  return user?.role === 'college' || user?.role === 'beheer';
}
