import {
  COLOUR_LABELS,
  THERMOMETER_INDICATORS,
  ThermometerColour,
  ThermometerIndicatorName,
} from './thermometer.config';

/**
 * The Dutch (B1) sentences of the thermometer; pure functions, listed in docs/indicators/thermometer.md.
 * With figures when the viewer may see them, otherwise with the band of the colour only.
 */

type Colour = Exclude<ThermometerColour, 'onvoldoende_gegevens'>;

const pct = (value: number): string => `${Math.round(value)}%`;

/** The band of a colour as text, e.g. "20% tot 30%", "minder dan 75%". */
export function band(name: ThermometerIndicatorName, colour: Colour): string {
  const { amberFrom, redFrom, worse } = THERMOMETER_INDICATORS[name];
  if (worse === 'higher') {
    if (colour === 'rood') return `${redFrom}% of meer`;
    return colour === 'oranje' ? `${amberFrom}% tot ${redFrom}%` : `minder dan ${amberFrom}%`;
  }
  if (colour === 'rood') return `minder dan ${redFrom}%`;
  return colour === 'oranje' ? `${redFrom}% tot ${amberFrom}%` : `${amberFrom}% of meer`;
}

const BASIS_NOUN: Record<ThermometerIndicatorName, string> = {
  complaintsTrend: 'klachten in dit kwartaal of in hetzelfde kwartaal vorig jaar',
  withinTerm: 'afgehandelde klachten',
  waitingShare: 'klachten',
  upholdRate: 'beslissingen op bezwaar',
};

export interface IndicatorFacts {
  name: ThermometerIndicatorName;
  colour: ThermometerColour;
  /** Whole percentage compared with the thresholds; null: too few cases. */
  reading: number | null;
  /** The viewer may see the figures. */
  showFigures: boolean;
  /** complaintsTrend only: the change is per 1,000 inhabitants (population known). */
  perInhabitants: boolean;
  threshold: number;
  /** complaintsTrend only: other sources delivered the two quarters; these delivered both. Else null. */
  comparedSources?: readonly string[] | null;
}

export function indicatorExplanation(facts: IndicatorFacts): string {
  const sentence = readingSentence(facts);
  const sources = facts.comparedSources;
  if (!sources) return sentence;
  if (sources.length === 0) {
    return `${COLOUR_LABELS.onvoldoende_gegevens}: niet te vergelijken, want geen bron leverde beide kwartalen helemaal.`;
  }
  return `${sentence} Alleen vergeleken wat dezelfde bronnen in beide kwartalen leverden: ${sources.join(', ')}.`;
}

function readingSentence(facts: IndicatorFacts): string {
  const { name, colour, reading } = facts;
  if (colour === 'onvoldoende_gegevens' || reading === null) {
    return `${COLOUR_LABELS.onvoldoende_gegevens}: minder dan ${facts.threshold} ${BASIS_NOUN[name]}.`;
  }
  const label = COLOUR_LABELS[colour];
  const figure = facts.showFigures ? pct(Math.abs(reading)) : band(name, colour);
  switch (name) {
    case 'complaintsTrend': {
      const subject = facts.perInhabitants ? 'het aantal klachten per 1.000 inwoners' : 'het aantal klachten';
      const since = 'ten opzichte van hetzelfde kwartaal vorig jaar';
      if (!facts.showFigures) {
        const change = colour === 'groen' ? `steeg ${figure} of daalde` : `steeg ${figure}`;
        return `${label}: ${subject} ${change} ${since}.`;
      }
      if (reading === 0) return `${label}: ${subject} bleef gelijk ${since}.`;
      return `${label}: ${subject} ${reading > 0 ? 'steeg' : 'daalde'} ${figure} ${since}.`;
    }
    case 'withinTerm':
      return facts.showFigures
        ? `${label}: ${figure} van de klachten werd op tijd afgehandeld, dat is ${band(name, colour)}.`
        : `${label}: ${figure} van de klachten werd op tijd afgehandeld.`;
    case 'waitingShare':
      return facts.showFigures
        ? `${label}: ${figure} van de klachten ging over wachttijd, dat is ${band(name, colour)}.`
        : `${label}: ${figure} van de klachten ging over wachttijd.`;
    case 'upholdRate':
      return facts.showFigures
        ? `${label}: ${figure} van de bezwaren was gegrond of deels gegrond, dat is ${band(name, colour)}.`
        : `${label}: ${figure} van de bezwaren was gegrond of deels gegrond.`;
  }
}

export function greenExplanation(): string {
  return `${COLOUR_LABELS.groen}: alle indicatoren met genoeg gegevens liggen binnen de grenzen.`;
}

export function tooFewExplanation(threshold: number): string {
  return `${COLOUR_LABELS.onvoldoende_gegevens}: minder dan ${threshold} klachten in dit kwartaal, te weinig voor een kleur.`;
}

const CHANGE_SUBJECT: Record<ThermometerIndicatorName, string> = {
  complaintsTrend: 'Het aantal klachten per 1.000 inwoners',
  withinTerm: 'Het deel van de klachten dat op tijd werd afgehandeld',
  waitingShare: 'Het deel van de klachten over wachttijd',
  upholdRate: 'Het deel van de bezwaren dat gegrond of deels gegrond was',
};

export interface ChangeFacts {
  name: ThermometerIndicatorName;
  /** Level now and a year earlier (rate or share in %). */
  current: number;
  previous: number;
  /** Ranking score: relative change in %, +Infinity from 0 to more. */
  changePercentage: number;
  perInhabitants: boolean;
}

export function changeExplanation(facts: ChangeFacts): string {
  const subject =
    facts.name === 'complaintsTrend' && !facts.perInhabitants
      ? 'Het aantal klachten'
      : CHANGE_SUBJECT[facts.name];
  const since = 'ten opzichte van hetzelfde kwartaal vorig jaar';
  if (Math.round(facts.changePercentage) === 0) return `${subject} bleef ongeveer gelijk ${since}.`;
  const verb = facts.changePercentage > 0 ? 'steeg' : 'daalde';
  if (facts.name === 'complaintsTrend') {
    return `${subject} ${verb} ${pct(Math.abs(facts.changePercentage))} ${since}.`;
  }
  return `${subject} ${verb} van ${pct(facts.previous)} naar ${pct(facts.current)} ${since}.`;
}
