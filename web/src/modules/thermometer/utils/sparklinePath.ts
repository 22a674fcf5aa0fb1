/**
 * An SVG path through `values` spread over `width` × `height` (y grows downwards), scaled from 0 to
 * the largest value; a null (withheld) value breaks the line instead of being drawn as 0.
 */
export function sparklinePath(values: readonly (number | null)[], width: number, height: number): string {
  const max = Math.max(0, ...values.filter((value): value is number => value !== null));
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const round = (value: number) => Math.round(value * 10) / 10;
  let path = '';
  let drawing = false;
  values.forEach((value, index) => {
    if (value === null) {
      drawing = false;
      return;
    }
    const y = max === 0 ? height : height - (value / max) * height;
    path += `${path ? ' ' : ''}${drawing ? 'L' : 'M'}${round(index * step)} ${round(y)}`;
    drawing = true;
  });
  return path;
}
