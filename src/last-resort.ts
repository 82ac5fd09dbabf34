/**
 * Readings of last resort: frames marked `lastResort`, and any fact read over two sentences in a
 * row (`twoSentences`). They are kept while the page is read and count only where the page states
 * their fact in no other way and no other finding holds their words, so they never change what
 * the other frames and cues mark. A `once` frame's reading gets a second chance after the marks
 * are chosen, where its fact got no mark at all (its only findings lost their words to another
 * fact's mark).
 */
import type { FrameEntry } from './match/cue-table';
import type { Finding } from './relevance/gate';
import { wordIn } from './select-mentions';

/** A fact of a story, as one key. */
export const factKey = (story: string, fact: string): string => `${story}\u0000${fact}`;

/** How many second chances a fact's readings get: enough to find one where no mark stands. */
const SECOND_CHANCES = 8;

export class LastResort {
  readonly #readings: Finding[] = [];
  readonly #count = new Map<string, number>();
  readonly #chances: Finding[] = [];
  readonly #chanceCount = new Map<string, number>();
  readonly #found: (story: string, fact: string) => boolean;
  readonly #bound: number;

  /**
   * `found`: whether the page holds another finding of the fact already; `bound`: the most
   * readings a fact keeps (as many as its findings).
   */
  constructor(found: (story: string, fact: string) => boolean, bound: number) {
    this.#found = found;
    this.#bound = bound;
  }

  /**
   * A reading of `frame`, made by `read` (null: none, a question's) only if it is kept: while it
   * may yet count (its fact not found already, under the bound), else as a second chance. A story
   * page read over two sentences has thousands of readings, and a 10 MB page's unused ones became
   * garbage whose collection paused a read step.
   */
  offer(frame: FrameEntry, read: () => Finding | null): void {
    if (!this.#found(frame.story, frame.fact)) {
      if (!counted(this.#count, factKey(frame.story, frame.fact), this.#bound)) return;
      const reading = read();
      if (reading !== null) this.#readings.push(reading);
    } else if (frame.once === true) this.#secondChance(frame.story, frame.fact, read);
  }

  /**
   * The readings whose fact `findings` do not state and that share no word with them (nor with a
   * reading kept before them: "124 platforms" and "offshore exchanges" a sentence apart state the
   * count beside the block plan's mark in the same two sentences), each counted by `keep` as a
   * finding. A page of nothing but such readings costs a look at its own block's findings each, no
   * more.
   */
  where(
    findings: readonly Finding[],
    keep: (story: string, fact: string, strong: boolean) => boolean,
  ): Finding[] {
    const stated = new Set(findings.map((f) => factKey(f.storyId, f.factId)));
    const inBlock = new Map<number, Finding[]>();
    const place = (f: Finding) => {
      const list = inBlock.get(f.block);
      if (list) list.push(f);
      else inBlock.set(f.block, [f]);
    };
    for (const f of findings) place(f);
    const added: Finding[] = [];
    for (const f of this.#readings) {
      if (stated.has(factKey(f.storyId, f.factId))) {
        if (f.once === true) this.#secondChance(f.storyId, f.factId, () => f);
        continue;
      }
      if (inBlock.get(f.block)?.some((g) => sharesWord(f, g))) continue;
      if (!keep(f.storyId, f.factId, f.strong)) continue;
      added.push(f);
      place(f);
    }
    return added;
  }

  /**
   * The second chances that may be marked, of `story` and facts whose context the page holds
   * (`unmetFacts`: keys of those it lacks), in text order: each is marked where its fact got no
   * mark and no mark stands ("接近互金整治办的人士" is the insiders' mark, and the office is named
   * again on its own further on: "整治办将对其网址实施封堵").
   */
  secondChances(story: string, unmetFacts: ReadonlySet<string>): Finding[] {
    return this.#chances
      .filter((f) => f.storyId === story && !unmetFacts.has(factKey(f.storyId, f.factId)))
      .sort((a, b) => a.block - b.block || a.start - b.start);
  }

  #secondChance(story: string, fact: string, read: () => Finding | null): void {
    if (!counted(this.#chanceCount, factKey(story, fact), SECOND_CHANCES)) return;
    const reading = read();
    if (reading !== null) this.#chances.push(reading);
  }
}

/** Counts one more under `key` if its count is below `bound`; whether it did. */
function counted(counts: Map<string, number>, key: string, bound: number): boolean {
  const n = counts.get(key) ?? 0;
  if (n >= bound) return false;
  counts.set(key, n + 1);
  return true;
}

/** Whether two findings share a word. */
function sharesWord(a: Finding, b: Finding): boolean {
  if (!(a.start < b.end && b.start < a.end)) return false;
  for (let i = 0; i < a.words.length; i += 2)
    if (wordIn(b.words, a.words[i] as number, a.words[i + 1] as number)) return true;
  return false;
}
