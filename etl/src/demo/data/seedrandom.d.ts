// Minimal typings for seedrandom 3 (the package ships none and @types/seedrandom is not installed).
declare module 'seedrandom' {
  interface PRNG {
    (): number;
    int32(): number;
    quick(): number;
    double(): number;
  }
  interface SeedRandom {
    (seed?: string, options?: { entropy?: boolean }): PRNG;
    alea(seed?: string): PRNG;
  }
  const seedrandom: SeedRandom;
  export = seedrandom;
}
