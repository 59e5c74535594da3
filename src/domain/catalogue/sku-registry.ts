/**
 * Remembers every SKU of a file to find duplicates, in constant memory per SKU: a 64-bit hash (two
 * FNV-1a variants) and the line where it first appeared, in typed arrays with open addressing. A Set
 * of 1,000,000 strings would cost ~60 MB; this costs ~24 MB. Two different SKUs collide with a
 * probability of about n²/2⁶⁵ (3·10⁻⁸ for a million rows) — accepted.
 */
export class SkuRegistry {
  private capacity = 1 << 12;
  private size = 0;
  private low = new Uint32Array(this.capacity);
  private high = new Uint32Array(this.capacity);
  /** Line of first occurrence; 0 marks an empty slot. */
  private lines = new Uint32Array(this.capacity);

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
    const mask = this.capacity - 1;
    let slot = low & mask;
    while (this.lines[slot] !== 0) {
      if (this.low[slot] === low && this.high[slot] === high) return this.lines[slot] ?? 0;
      slot = (slot + 1) & mask;
    }
    this.low[slot] = low;
    this.high[slot] = high;
    this.lines[slot] = line;
    if (++this.size * 2 > this.capacity) this.grow();
    return 0;
  }

  private grow(): void {
    const { low, high, lines } = this;
    this.capacity *= 2;
    this.low = new Uint32Array(this.capacity);
    this.high = new Uint32Array(this.capacity);
    this.lines = new Uint32Array(this.capacity);
    const mask = this.capacity - 1;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? 0;
      if (line === 0) continue;
      let slot = (low[i] ?? 0) & mask;
      while (this.lines[slot] !== 0) slot = (slot + 1) & mask;
      this.low[slot] = low[i] ?? 0;
      this.high[slot] = high[i] ?? 0;
      this.lines[slot] = line;
    }
  }
}
