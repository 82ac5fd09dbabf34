/**
 * The first stage reads text as the matcher does wherever an anchor could be: checked for every
 * UTF-16 code unit (`disagreements`), and on the cases that motivated each step.
 */
import { describe, expect, it } from 'vitest';
import anchors from '../../../src/anchors/anchors.generated.json';
import { anchorCharacters, type AnchorSpec } from '../../../src/anchors/derive';
import { normalizer } from '../../../src/anchors/normalize';
import { disagreements } from '../../../src/anchors/tables';

const spec = anchors as unknown as AnchorSpec;
const used = anchorCharacters(spec);

describe('the first stage normalisation', () => {
  it('agrees with the matcher on every code unit an anchor could meet', () => {
    expect(disagreements(spec, used)).toEqual([]);
  });

  it('folds case, accents, width and the named characters, and drops skipped ones', () => {
    const norm = normalizer(spec);
    expect(norm('BÖRSE Börse Bo\u0308rse')).toBe('borse borse borse');
    expect(norm('１２４ ＯＦＦＳＨＯＲＥ')).toBe('124 offshore');
    expect(norm('ex\u00adchange\u200b')).toBe('exchange');
    expect(norm('ЁЛКА')).toBe('елка');
  });

  it('reads traditional Chinese as simplified where an anchor needs it', () => {
    const norm = normalizer(spec);
    const pairs = spec.pairs;
    expect(pairs.length).toBeGreaterThan(0);
    // Every pair: the first character is read as the second.
    for (let i = 0; i + 1 < pairs.length; i += 2) expect(norm(pairs[i]!)).toBe(pairs[i + 1]);
  });
});
