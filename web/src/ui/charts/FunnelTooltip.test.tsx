import { render } from '@testing-library/react';
import { FunnelTooltip } from '@/ui/charts/FunnelTooltip';

const point = { label: 'Zorg Oost', x: 7, y: 12, lower2: 1, upper2: 9, lower3: 0, upper3: 11 };

describe(FunnelTooltip.name, () => {
  it('should name the hovered provider and leave out a rank', () => {
    const { container } = render(
      <FunnelTooltip
        active
        payload={[{ payload: point }]}
        xLabel="Volgorde"
        yLabel="Klachten"
        xIsMeasure={false}
      />,
    );
    expect(container.textContent).toBe('Zorg OostKlachten: 12');
  });

  it('should show x as well when it is a measure', () => {
    const { container } = render(
      <FunnelTooltip active payload={[{ payload: point }]} xLabel="Cliënten" yLabel="Per 1.000" xIsMeasure />,
    );
    expect(container.textContent).toBe('Zorg OostPer 1.000: 12Cliënten: 7');
  });

  it('should show nothing for a limit line', () => {
    const { container } = render(
      <FunnelTooltip active payload={[{ payload: { x: 3, y: 4 } }]} xLabel="x" yLabel="y" xIsMeasure />,
    );
    expect(container.textContent).toBe('');
  });
});
