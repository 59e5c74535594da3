/**
 * Remembers every SKU of a file to find duplicates, in constant memory per SKU: a 64-bit hash (two
 * FNV-1a variants) and the line where it first appeared, in typed arrays with open addressing. A Set
 * of 1,000,000 strings would cost ~60 MB; this costs ~20 MB. Two different SKUs collide with a
 * probability of about n²/2⁶⁵ (3·10⁻⁸ for a million rows) — accepted.
 *
 * Sized up front from the expected row count when the caller knows it: growing doubles the table
 * and holds the old one meanwhile, which is most of the memory a large file adds (peak RSS must stay
 * flat with the file size).
 */
const MIN_CAPACITY = 4096;
/** Load at which the table grows; sizing aims below it so that a good estimate never grows. */
const MAX_LOAD = 0.75;
const SIZING_LOAD = 0.6;

export class SkuRegistry {
  private capacity: number;
  private size = 0;
  private low: Uint32Array;
  private high: Uint32Array;
  /** Line of first occurrence; 0 marks an empty slot. */
  private lines: Uint32Array;

  constructor(expectedCount = 0) {
    this.capacity = Math.max(MIN_CAPACITY, Math.ceil(expectedCount / SIZING_LOAD));
    this.low = new Uint32Array(this.capacity);
    this.high = new Uint32Array(this.capacity);
    this.lines = new Uint32Array(this.capacity);
  }

  /** Records `sku` seen at `line`; returns the line of its first occurrence if it was seen before, else 0. */
  remember(sku: string, line: number): number {
    let low = 0x811c9dc5;
    let high = 0x01000193 ^ sku.length;
    for (let i = 0; i < sku.length; i++) {
      const code = sku.charCodeAt(i);
      low = Math.imul(low ^ code, 0x01000193);
      high = Math.imul(high ^ code, 0x5bd1e995) ^ (high >>> 15);
    }
    low >>>= 0;
    high >>>= 0;
    const capacity = this.capacity;
    let slot = low % capacity;
    while (this.lines[slot] !== 0) {
      if (this.low[slot] === low && this.high[slot] === high) return this.lines[slot] ?? 0;
      slot = slot + 1 === capacity ? 0 : slot + 1;
    }
    this.low[slot] = low;
    this.high[slot] = high;
    this.lines[slot] = line;
    if (++this.size > capacity * MAX_LOAD) this.grow();
    return 0;
  }

  private grow(): void {
    const { low, high, lines } = this;
    const capacity = this.capacity * 2;
    this.capacity = capacity;
    this.low = new Uint32Array(capacity);
    this.high = new Uint32Array(capacity);
    this.lines = new Uint32Array(capacity);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? 0;
      if (line === 0) continue;
      const hashLow = low[i] ?? 0;
      let slot = hashLow % capacity;
      while (this.lines[slot] !== 0) slot = slot + 1 === capacity ? 0 : slot + 1;
      this.low[slot] = hashLow;
      this.high[slot] = high[i] ?? 0;
      this.lines[slot] = line;
    }
  }
}
