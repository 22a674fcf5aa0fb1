/**
 * Reproducible sampling (docs/panel.md). The repository ranks every decision of the frame by
 * md5(seed || ':' || stable source id); this module only allocates the sample size over the strata and
 * takes the first n of each stratum, so the same frame, size and seed always give the same decisions,
 * and a decision imported later only enters a redraw when it ranks in.
 */
export type PanelAllocation = 'proportioneel' | 'gelijk';

export interface RankedDecision {
  decisionId: string;
  stratum: string;
  /** md5 text; lower ranks first. */
  rankKey: string;
}

export interface DrawnDecision {
  decisionId: string;
  stratum: string;
  position: number;
  /** Decisions of the stratum in the frame ÷ drawn from it. */
  weight: number;
}

/** Sample size per stratum: proportional (largest remainder) or equal, never more than a stratum holds. */
export function allocate(
  strata: ReadonlyMap<string, number>,
  size: number,
  allocation: PanelAllocation,
): Map<string, number> {
  const names = [...strata.keys()].sort();
  const total = names.reduce((sum, name) => sum + (strata.get(name) ?? 0), 0);
  const result = new Map<string, number>(names.map((name) => [name, 0]));
  let remaining = Math.min(size, total);
  // Repeat: capped strata give their share back to the others.
  while (remaining > 0) {
    const open = names.filter((name) => (result.get(name) ?? 0) < (strata.get(name) ?? 0));
    const openTotal = open.reduce((sum, name) => sum + (strata.get(name) ?? 0), 0);
    const quotas = open.map((name) => ({
      name,
      quota:
        allocation === 'gelijk' ? remaining / open.length : (remaining * (strata.get(name) ?? 0)) / openTotal,
    }));
    let given = 0;
    for (const { name, quota } of quotas) {
      const room = (strata.get(name) ?? 0) - (result.get(name) ?? 0);
      const take = Math.min(Math.floor(quota), room);
      result.set(name, (result.get(name) ?? 0) + take);
      given += take;
    }
    // Largest remainders first (ties: stratum name), one each.
    const byRemainder = [...quotas].sort(
      (a, b) =>
        b.quota - Math.floor(b.quota) - (a.quota - Math.floor(a.quota)) || a.name.localeCompare(b.name),
    );
    for (const { name } of byRemainder) {
      if (given >= remaining) break;
      if ((result.get(name) ?? 0) < (strata.get(name) ?? 0)) {
        result.set(name, (result.get(name) ?? 0) + 1);
        given += 1;
      }
    }
    remaining -= given;
    if (given === 0) break;
  }
  return result;
}

/** Takes the first n decisions by rank per stratum; the positions follow the overall rank order. */
export function drawSample(
  frame: readonly RankedDecision[],
  size: number,
  allocation: PanelAllocation,
): DrawnDecision[] {
  const strata = new Map<string, RankedDecision[]>();
  for (const decision of frame) {
    const members = strata.get(decision.stratum) ?? [];
    members.push(decision);
    strata.set(decision.stratum, members);
  }
  const byRank = (a: RankedDecision, b: RankedDecision): number =>
    a.rankKey.localeCompare(b.rankKey) || a.decisionId.localeCompare(b.decisionId);
  const counts = allocate(
    new Map([...strata].map(([name, members]) => [name, members.length])),
    size,
    allocation,
  );
  const drawn: { decision: RankedDecision; weight: number }[] = [];
  for (const [name, members] of strata) {
    const n = counts.get(name) ?? 0;
    if (n === 0) continue;
    const weight = members.length / n;
    for (const decision of [...members].sort(byRank).slice(0, n)) drawn.push({ decision, weight });
  }
  return drawn
    .sort((a, b) => byRank(a.decision, b.decision))
    .map(({ decision, weight }, index) => ({
      decisionId: decision.decisionId,
      stratum: decision.stratum,
      position: index + 1,
      weight,
    }));
}

/**
 * How many reviewed decisions are needed to estimate a share p within ± margin (95 %), with the finite
 * population correction when the frame size is known: n0 = 1.96² p (1 − p) / margin², n = n0 / (1 + (n0 − 1) / N).
 */
export function requiredSampleSize(share: number, margin: number, population: number | null): number {
  const n0 = (1.96 ** 2 * share * (1 - share)) / margin ** 2;
  const n = population && population > 0 ? n0 / (1 + (n0 - 1) / population) : n0;
  return Math.ceil(n);
}
