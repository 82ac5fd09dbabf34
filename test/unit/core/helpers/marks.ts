/** How tests write a mark down for a reviewer. */

/** The text a mark covers: its stretches, joined by " … " where another fact's mark stands between. */
export function markedText(block: string, ranges: readonly number[]): string {
  const pieces: string[] = [];
  for (let k = 0; k < ranges.length; k += 2) pieces.push(block.slice(ranges[k], ranges[k + 1]));
  return pieces.join(' … ');
}
