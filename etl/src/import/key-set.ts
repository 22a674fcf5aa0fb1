/** Keys a KeyHashes holds at most: its table then takes 64 MiB. */
const MAX_KEYS = 4_000_000;

/**
 * The keys seen so far, as 53-bit hashes in an open-addressing table (8 to 16 bytes a key): `add` says
 * whether a key may have been seen before. A "yes" can be wrong (a hash collision: for a file of a million
 * keys about once in 20,000 files; or a full table, MAX_KEYS), a "no" never is, which is all early merging
 * needs (a "yes" only stops it).
 */
export class KeyHashes {
  private table = new Float64Array(1 << 16);
  private count = 0;

  /** Adds the key; true when it (or a key with the same hash) was added before. */
  add(key: string): boolean {
    const hash = hashKey(key);
    if (this.count >= MAX_KEYS || this.find(this.table, hash) >= 0) return true;
    if (++this.count * 2 > this.table.length) this.grow();
    const slot = -this.find(this.table, hash) - 1;
    this.table[slot] = hash;
    return false;
  }

  /** The slot holding the hash (>= 0), or -(free slot) - 1. */
  private find(table: Float64Array, hash: number): number {
    const mask = table.length - 1;
    for (let slot = hash % table.length; ; slot = (slot + 1) & mask) {
      const held = table[slot] as number;
      if (held === 0) return -slot - 1;
      if (held === hash) return slot;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2);
    for (const hash of old) if (hash !== 0) this.table[-this.find(this.table, hash) - 1] = hash;
  }
}

/**
 * Read once: inside a vm context (jest's test environment) every lookup of a global such as `Math` in the
 * loop below goes through the context's property interceptor, which made hashing ten times slower there.
 */
const { imul } = Math;

/** Two FNV-1a hashes with different offsets, joined into a number of 53 bits that is never 0. */
function hashKey(key: string): number {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    a = imul(a ^ c, 0x01000193);
    b = imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff) || 1;
}
