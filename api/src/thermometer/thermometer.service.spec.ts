import { colourOf } from './thermometer.config';
import { band, changeExplanation, indicatorExplanation } from './thermometer.explanations';
import { parseQuarter, quarterOf } from './thermometer.service';

describe('thermometer rules', () => {
  describe(colourOf.name, () => {
    it('should colour a higher-is-worse indicator at its inclusive thresholds', () => {
      expect([19, 20, 49, 50].map((value) => colourOf('complaintsTrend', value))).toEqual([
        'groen',
        'oranje',
        'oranje',
        'rood',
      ]);
    });

    it('should colour a lower-is-worse indicator below its thresholds', () => {
      expect([90, 89, 75, 74].map((value) => colourOf('withinTerm', value))).toEqual([
        'groen',
        'oranje',
        'oranje',
        'rood',
      ]);
    });

    it('should give no colour without a reading', () => {
      expect(colourOf('upholdRate', null)).toBe('onvoldoende_gegevens');
    });
  });

  describe('explanations', () => {
    it('should state the band instead of the figure when figures are withheld', () => {
      expect(band('withinTerm', 'oranje')).toBe('75% tot 90%');
      expect(
        indicatorExplanation({
          name: 'withinTerm',
          colour: 'rood',
          reading: 60,
          showFigures: false,
          perInhabitants: true,
          threshold: 5,
        }),
      ).toBe('Rood: minder dan 75% van de klachten werd op tijd afgehandeld.');
      expect(
        indicatorExplanation({
          name: 'complaintsTrend',
          colour: 'groen',
          reading: -12,
          showFigures: true,
          perInhabitants: false,
          threshold: 5,
        }),
      ).toBe('Groen: het aantal klachten daalde 12% ten opzichte van hetzelfde kwartaal vorig jaar.');
    });

    it('should describe the biggest change from and to', () => {
      expect(
        changeExplanation({
          name: 'upholdRate',
          current: 40,
          previous: 10,
          changePercentage: 300,
          perInhabitants: true,
        }),
      ).toBe(
        'Het deel van de bezwaren dat gegrond of deels gegrond was steeg van 10% naar 40% ten opzichte van hetzelfde kwartaal vorig jaar.',
      );
    });
  });

  describe(parseQuarter.name, () => {
    it('should parse YYYY-Qn and refuse anything else', () => {
      expect(parseQuarter('2024-Q4')).toEqual({ label: '2024-Q4', start: '2024-10-01', end: '2024-12-31' });
      expect(quarterOf('2025-04-01').label).toBe('2025-Q2');
      expect(() => parseQuarter('2024-Q5')).toThrow(/kwartaal/);
    });
  });
});
