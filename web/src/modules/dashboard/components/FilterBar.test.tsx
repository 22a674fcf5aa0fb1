import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { defaultDashboardState } from '@/modules/dashboard/dashboardState';
import { FilterBar } from '@/modules/dashboard/components/FilterBar';
import { createTestQueryClient } from '@/testing/createTestQueryClient';
import { stubFetch } from '@/testing/stubFetch';

function renderFilterBar(fields?: Parameters<typeof FilterBar>[0]['fields'], role = 'beleid') {
  const me = { id: 1, username: role, displayName: role, role };
  stubFetch({ status: 200, body: { data: { filterOptions: [], municipalities: [], me } } });
  return render(
    <QueryClientProvider client={createTestQueryClient()}>
      <FilterBar state={defaultDashboardState()} onChange={() => undefined} fields={fields} />
    </QueryClientProvider>,
  );
}

describe(FilterBar.name, () => {
  it('should leave out the time bucket and comparison on a page of period totals', () => {
    renderFilterBar(['gemeente', 'domein']);
    expect(screen.queryByLabelText('Indeling in de tijd')).toBeNull();
    expect(screen.queryByLabelText('Vergelijken met')).toBeNull();
    expect(screen.getByLabelText('Domein')).toBeTruthy();
  });

  it('should show them where the page uses them', () => {
    renderFilterBar(['interval', 'vergelijk']);
    expect(screen.getByLabelText('Indeling in de tijd')).toBeTruthy();
    expect(screen.getByLabelText('Vergelijken met')).toBeTruthy();
  });

  it('should not offer weeks to the council, whose figures come per month or longer', async () => {
    renderFilterBar(['interval'], 'raad');
    await waitFor(() => expect(screen.queryByRole('option', { name: 'Week' })).toBeNull());
    expect(screen.getByRole('option', { name: 'Maand' })).toBeTruthy();
  });

  it('should offer weeks to policy staff', async () => {
    renderFilterBar(['interval'], 'beleid');
    expect(await screen.findByRole('option', { name: 'Week' })).toBeTruthy();
  });
});
