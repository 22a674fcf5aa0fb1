import seedrandom from 'seedrandom';

/**
 * Deterministic randomness for the demo generator: one seeded stream (seedrandom's Alea), plus the
 * helpers the generator needs. Never Math.random(), never the clock.
 */
export class Random {
  private readonly next: () => number;

  constructor(seed: number | string) {
    this.next = seedrandom.alea(`leerlus-demo:${String(seed)}`);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }

  /** Integer in [min, max] (inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks a key by weight; weights need not sum to 1. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }

  /** Poisson-distributed count (Knuth for small means, normal approximation above 30). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const limit = Math.exp(-mean);
    let k = 0;
    let product = this.next();
    while (product > limit) {
      k++;
      product *= this.next();
    }
    return k;
  }

  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Fisher-Yates on a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }

  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += String(Math.floor(this.next() * 10));
    return out;
  }
}

/** BSN eleven test: 9 digits, weights 9..2 and -1 on the last digit, sum divisible by 11. */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum % 11 === 0;
}

/** A fake BSN that passes the eleven test; never starts with 0 (so spreadsheets keep all 9 digits). */
export function fakeBsn(random: Random): string {
  for (;;) {
    const head = String(random.int(1, 6)) + random.digits(7);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(head[i]) * (9 - i);
    const last = sum % 11;
    if (last <= 9) return head + String(last);
  }
}

/** Hands out distinct fake BSNs. */
export class BsnPool {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  next(): string {
    for (;;) {
      const bsn = fakeBsn(this.random);
      if (!this.used.has(bsn)) {
        this.used.add(bsn);
        return bsn;
      }
    }
  }
}

/** A Dutch IBAN with valid check digits (mod 97), for PII in demo texts. */
export function fakeIban(random: Random): string {
  const bank = random.pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'ASNB']);
  const account = random.digits(10);
  const numeric = [...`${bank}${account}NL00`]
    .map((char) => (/[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char))
    .join('');
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  const check = String(98 - remainder).padStart(2, '0');
  return `NL${check}${bank}${account}`;
}

// ---- Dates: ISO strings (yyyy-mm-dd), computed in UTC so nothing depends on the local time zone ----

const DAY_MS = 86_400_000;

export function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoOf(new Date(toDate(iso).getTime() + days * DAY_MS));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(iso: string): number {
  return toDate(iso).getUTCDay();
}

/** Next working day (Monday-Friday) on or after the date. */
export function workingDayOnOrAfter(iso: string): string {
  let day = iso;
  while (weekday(day) === 0 || weekday(day) === 6) day = addDays(day, 1);
  return day;
}

export const DUTCH_MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** 03-04-2024 */
export function dutchDate(iso: string): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}

/** 3 april 2024 */
export function dutchLongDate(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${DUTCH_MONTHS[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`;
}

/** 2024-Q3 */
export function quarterOf(iso: string): string {
  return `${iso.slice(0, 4)}-Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Picks days from a weighted calendar quickly (binary search over cumulative weights). */
export class DayDistribution {
  private readonly days: string[] = [];
  private readonly cumulative: number[] = [];

  constructor(from: string, to: string, weight: (iso: string) => number) {
    let total = 0;
    for (let day = from; day <= to; day = addDays(day, 1)) {
      total += Math.max(0, weight(day));
      this.days.push(day);
      this.cumulative.push(total);
    }
  }

  sample(random: Random): string {
    const total = this.cumulative[this.cumulative.length - 1] ?? 0;
    const roll = random.float() * total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.cumulative[mid] ?? 0) > roll) high = mid;
      else low = mid + 1;
    }
    return this.days[low] ?? this.days[0] ?? '';
  }
}
