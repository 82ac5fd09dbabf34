/**
 * How the derivation trims an entry's anchors (`derive.ts`): each word is covered on its own, and an
 * anchor another anchor of the entry makes needless is not shipped.
 */
import { describe, expect, it } from 'vitest';
import { withoutRedundant } from '../../../src/anchors/derive';
import { requiredParts } from '../../../src/anchors/parts';

/** Every spelling of every part of the phrases, as the anchors each offers. */
const spellings = (phrases: readonly string[]) =>
  phrases.flatMap((phrase) => requiredParts(phrase, 'pt').flat());

describe("an entry's anchors", () => {
  it('lose one whose every spelling another finds ("ativos cri" beside "cripto")', () => {
    const words = spellings(['cripto', 'ativos cripto']);
    expect(withoutRedundant(new Set(['w:cripto', 'w:ativos cri']), words)).toEqual(
      new Set(['w:cripto']),
    );
  });

  it('keep one that alone finds a spelling, and drop the longer of two that find the same', () => {
    const words = spellings(['cripto', 'moeda digital']);
    expect(withoutRedundant(new Set(['w:cripto', 'w:moeda dig', 'w:dig']), words)).toEqual(
      new Set(['w:cripto', 'w:dig']),
    );
  });
});
