import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { defaultDashboardState } from '@/modules/dashboard/dashboardState';
import { FilterBar } from '@/modules/dashboard/components/FilterBar';
import { createTestQueryClient } from '@/testing/createTestQueryClient';
import { stubFetch } from '@/testing/stubFetch';

function renderFilterBar(fields?: Parameters<typeof FilterBar>[0]['fields']) {
  stubFetch({ status: 200, body: { data: { filterOptions: [], municipalities: [] } } });
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
});
