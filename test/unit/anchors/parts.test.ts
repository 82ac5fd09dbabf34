/**
 * What a phrase requires of a page (`parts.ts`): the anchors each spelling offers, from its runs.
 */
import { describe, expect, it } from 'vitest';
import { requiredParts } from '../../../src/anchors/parts';

/** Every anchor some spelling of some part of the phrase offers. */
const offered = (phrase: string, lang: 'tr' | 'fr' | 'en') =>
  new Set(requiredParts(phrase, lang).flatMap((part) => part.flatMap((keys) => [...keys])));

describe('the anchors a phrase offers', () => {
  it("take nothing from a short piece an apostrophe cuts off a word (bitcoin'den, d', 's)", () => {
    const turkish = offered("(bitcoin'e|bitcoin'den)", 'tr');
    expect(turkish).toContain('x:bitcoin');
    expect([...turkish].filter((k) => /:(e|den)$/.test(k))).toEqual([]);
    const french = offered("d'événements", 'fr');
    expect(french).toContain('x:evenements');
    expect([...french].filter((k) => k.endsWith(':d'))).toEqual([]);
    expect(offered("china's", 'en')).not.toContain('x:s');
  });

  it('take a short word standing alone, or beside another short one', () => {
    expect(offered('ICO', 'en')).toContain('x:ico');
    expect(offered('u.s.', 'en')).toContain('x:u');
  });
});
