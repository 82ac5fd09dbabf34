/** Small statistics for the benchmark's summary. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The exponent k in time ≈ c·size^k, fitted by least squares on log-log: 1 is linear growth, 2
 * quadratic. Points with a zero are left out.
 */
export function growthExponent(points: readonly { size: number; ms: number }[]): number {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const p of points) {
    if (p.size > 0 && p.ms > 0) {
      xs.push(Math.log(p.size));
      ys.push(Math.log(p.ms));
    }
  }
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return num / den;
}

/** `value` with `digits` decimals, or `—` when it is not a number. */
export function fmt(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? '—'
    : value.toFixed(digits);
}
