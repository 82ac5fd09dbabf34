/**
 * Labels spelt out from a pattern (`src/text/label-pattern.ts`) are found where the pattern, read
 * as a regular expression, finds them, and only there: the furniture's labels of links to other
 * pages, checked line by line against the two regular expressions they replace.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATED_LABELS_PATH, relatedLabelsText } from '../../../build/related-labels-plugin';
import { isListHead, isRelatedLine } from '../../../src/text/furniture';
import { labelEnds, labelSet, type LabelSet } from '../../../src/text/label-pattern';
import { RELATED_LABEL } from '../../../src/text/related-label';
import { ROOT } from './helpers/paths';

const ends = (labels: LabelSet, text: string, at = 0) =>
  [...new Set(labelEnds(labels, text, at))].sort((a, b) => a - b);

describe('a label pattern', () => {
  it('spells out groups, optional parts, words and any character, as a regular expression reads them', () => {
    const labels = labelSet(
      '(read (also|more)|more (on|from) \\p{L}+|links( cited)?|l.épisode|см\\. также)',
    );
    expect(ends(labels, 'read more: x')).toEqual([9]);
    expect(ends(labels, 'read also')).toEqual([9]);
    expect(ends(labels, 'read')).toEqual([]);
    expect(ends(labels, 'more on crypto news')).toEqual([9, 10, 11, 12, 13, 14]);
    expect(ends(labels, 'more on 124')).toEqual([]);
    expect(ends(labels, 'links cited')).toEqual([5, 11]);
    expect(ends(labels, "l'épisode")).toEqual([9]);
    expect(ends(labels, 'l\népisode')).toEqual([]);
    expect(ends(labels, 'см. также')).toEqual([9]);
    expect(ends(labels, 'смx также')).toEqual([]);
    expect(ends(labels, 'see read also', 4)).toEqual([13]);
  });

  it('refuses what it does not read, with the place', () => {
    expect(() => labelSet('(a|[bc])')).toThrow(/"\[" at 3/);
    expect(() => labelSet('(a|b')).toThrow(/"\(" without "\)"/);
    expect(() => labelSet('a+')).toThrow(/"\+" at 1/);
    expect(() => labelSet('(a|)')).toThrow(/an empty label/);
    expect(() => labelSet('a)b')).toThrow(/unexpected "\)" at 1/);
  });
});

describe("the furniture's labels of links to other pages", () => {
  it('are spelt out in the committed file as the pattern spells them (else: npx tsx build/related-labels-plugin.ts, or npm run build)', () => {
    expect(readFileSync(RELATED_LABELS_PATH, 'utf8')).toBe(relatedLabelsText());
  });

  const related = new RegExp(`^\\s*${RELATED_LABEL}\\s*[:：]`, 'u');
  const listHead = new RegExp(
    `^[\\s【［\\[▶■●・◆▼•]*(\\d+\\.\\s*)?${RELATED_LABEL}[\\s】］\\]]*[:：]?\\s*$`,
    'u',
  );
  const expectSame = (lines: Iterable<string>) => {
    let checked = 0;
    const differ: string[] = [];
    for (const line of lines) {
      checked++;
      if (isRelatedLine(line) !== related.test(line)) differ.push(`related: ${line}`);
      if (isListHead(line) !== listHead.test(line)) differ.push(`list head: ${line}`);
    }
    expect(differ).toEqual([]);
    return checked;
  };

  it('are found where the regular expressions found them: every label, alone, before a colon, decorated, numbered, cut short', () => {
    const labels = labelSet(RELATED_LABEL);
    const spelt = [...Object.values(labels.byFirst), labels.open]
      .flat()
      .map((label) => label.replaceAll('\uE000', 'bitcoin').replaceAll('\uE001', "'"));
    expect(spelt.length).toBeGreaterThan(500);
    const lines = spelt.flatMap((l) => [
      l,
      `${l}:`,
      `  ${l} ： china blocks 124 exchanges`,
      `${l} china blocks 124 exchanges`,
      `【${l}】`,
      `[${l}]`,
      `▶ ${l}`,
      `5. ${l}`,
      `12.${l} :`,
      `5 ${l}`,
      `${l.slice(0, -1)}`,
      `${l}s`,
      `x${l}`,
      `${l}\n`,
    ]);
    expect(lines.filter((l) => isListHead(l) || isRelatedLine(l)).length).toBeGreaterThan(
      7 * spelt.length,
    );
    expectSame(lines);
  });

  it("are found where the regular expressions found them on every line of the fixtures' pages", () => {
    const lines: string[] = [];
    for (const dir of [
      'fresh/about',
      'fresh/other',
      'coverage/about',
      'coverage/other',
      'own/about',
    ]) {
      const path = join(ROOT, 'test/fixtures', dir);
      for (const file of readdirSync(path))
        for (const line of readFileSync(join(path, file), 'utf8').split('\n'))
          lines.push(line.replace(/İ/gu, 'i').toLowerCase());
    }
    expect(expectSame(lines)).toBeGreaterThan(50_000);
  }, 60_000);
});
