/** Series colours with at least 3:1 contrast on white (WCAG 1.4.11); the second line is also dashed. */
export const chartColors = ['#154273', '#01689b', '#6b3e00', '#39870c'] as const;
