/**
 * One test per kind of broken dataset: each breaks a copy of the real story in one place and checks
 * that the message names the file, the fact (when there is one), the field path and the reason.
 */
import { describe, expect, it } from 'vitest';
import { CueSyntaxError, parseCue } from '../../../src/stories/cue-syntax';
import { StoryError, validateStory } from '../../../src/stories/validate';
import { STORY_FILE, rawStory, readRepoFile, type RawJson } from './helpers';

const FILE = 'src/stories/broken.json';

/** Validates a copy of the real story after `breakIt` and returns the error message. */
function messageFor(breakIt: (story: RawJson) => void, read = readRepoFile): string {
  const story = rawStory();
  breakIt(story);
  try {
    validateStory(story, FILE, read);
  } catch (error) {
    expect(error).toBeInstanceOf(StoryError);
    return (error as StoryError).message;
  }
  throw new Error('expected the broken story to be rejected');
}

const factAt = (story: RawJson, id: string): RawJson =>
  story.facts.find((f: { id: string }) => f.id === id);

describe('validateStory', () => {
  it('accepts the real story', () => {
    expect(() => validateStory(rawStory(), STORY_FILE, readRepoFile)).not.toThrow();
  });

  it('rejects a missing field', () => {
    const message = messageFor((s) => delete factAt(s, 'regulator').statements[1].quote);
    expect(message).toBe(
      `${FILE}: fact "regulator", statements[1].quote: missing field (expected string)`,
    );
  });

  it('rejects a missing top-level field', () => {
    expect(messageFor((s) => delete s.title)).toBe(
      `${FILE}: title: missing field (expected string)`,
    );
  });

  it('rejects a field of the wrong type', () => {
    const message = messageFor((s) => (factAt(s, 'exchange-count').statements[0].relation = 124));
    expect(message).toMatch(
      new RegExp(`^${FILE}: fact "exchange-count", statements\\[0\\]\\.relation: Invalid option`),
    );
  });

  it('rejects a field it does not know', () => {
    const message = messageFor((s) => (factAt(s, 'block-plan').status = 'planned'));
    expect(message).toMatch(`${FILE}: fact "block-plan": Unrecognized key: "status"`);
  });

  it('rejects an unknown source id in a statement', () => {
    const message = messageFor((s) => (factAt(s, 'exchange-count').statements[2].source = 'foo'));
    expect(message).toBe(
      `${FILE}: fact "exchange-count", statements[2].source: unknown source "foo" (known: cryptona, cryptovest, coincentral, cryptocoinspace, ru-translation)`,
    );
  });

  it('rejects an unknown source id in a difference', () => {
    const message = messageFor((s) => (factAt(s, 'regulator').differences[0].sources[1] = 'scmp'));
    expect(message).toMatch(
      `${FILE}: fact "regulator", differences[0].sources[1]: unknown source "scmp" (known: `,
    );
  });

  it('rejects an unknown source id in the timeline', () => {
    const message = messageFor((s) => (s.timeline[0].sources[0] = 'caixin'));
    expect(message).toMatch(`${FILE}: timeline[0].sources[0]: unknown source "caixin" (known: `);
  });

  it('rejects a timeline event about a fact that does not exist', () => {
    const message = messageFor((s) => (s.timeline[1].facts[0] = 'ban-2016'));
    expect(message).toBe(`${FILE}: timeline[1].facts[0]: unknown fact "ban-2016"`);
  });

  it('rejects a fact that gives way to an unknown fact, or to itself', () => {
    expect(messageFor((s) => (factAt(s, 'report-source').givesWayTo = ['no-answer']))).toBe(
      `${FILE}: fact "report-source", givesWayTo[0]: unknown fact "no-answer"`,
    );
    expect(messageFor((s) => (factAt(s, 'report-source').givesWayTo = ['report-source']))).toBe(
      `${FILE}: fact "report-source", givesWayTo[0]: a fact cannot give way to itself`,
    );
  });

  it("rejects a local fact in a story that names no home (its country's concepts)", () => {
    expect(
      messageFor((s) => {
        delete s['home'];
      }),
    ).toMatch(
      new RegExp(`^${FILE}: fact "[a-z0-9-]+", local: a local fact needs the story's "home"`),
    );
  });

  it('rejects a duplicate fact id', () => {
    const message = messageFor((s) => (factAt(s, 'yuan-share').id = 'ban-2017'));
    expect(message).toMatch(
      new RegExp(
        `^${FILE}: fact "ban-2017", id: duplicate fact id "ban-2017" \\(first at facts\\[\\d+\\]\\)`,
      ),
    );
  });

  it('rejects a duplicate source id', () => {
    const message = messageFor((s) => (s.sources[4].id = 'cryptona'));
    expect(message).toMatch(
      `${FILE}: sources[4].id: duplicate source id "cryptona" (first at sources[0])`,
    );
  });

  it('rejects a source that states the same fact twice', () => {
    const message = messageFor((s) => {
      const statements = factAt(s, 'monitoring').statements;
      statements.push({ ...statements[0] });
    });
    expect(message).toBe(
      `${FILE}: fact "monitoring", statements[4].source: source "cryptona" states this fact twice (first at statements[0]); keep one statement per source`,
    );
  });

  it('rejects a quote that is not verbatim in its article', () => {
    const message = messageFor(
      (s) => (factAt(s, 'exchange-count').statements[0].quote = 'closed 124 crypto exchanges'),
    );
    expect(message).toBe(
      `${FILE}: fact "exchange-count", statements[0].quote: quote not found verbatim in the article of source "cryptona" (test/fixtures/seeds/000_08dadacef585bd39.txt): "closed 124 crypto exchanges"`,
    );
  });

  it('compares quotes with white space collapsed, and nothing else relaxed', () => {
    const spaced = rawStory();
    const statement = factAt(spaced, 'exchange-count').statements[1];
    statement.quote = ` ${statement.quote.replaceAll(' ', '\n   ')}\t`;
    expect(() => validateStory(spaced, FILE, readRepoFile)).not.toThrow();
    const recased = messageFor((s) => {
      const statement = factAt(s, 'exchange-count').statements[1];
      statement.quote = statement.quote.toUpperCase();
    });
    expect(recased).toMatch(`fact "exchange-count", statements[1].quote: quote not found verbatim`);
  });

  it('rejects an article it cannot read', () => {
    const message = messageFor(
      (s) => (s.sources[1].article = 'test/fixtures/seeds/missing.txt'),
      (path) => {
        if (path.endsWith('missing.txt')) throw new Error('ENOENT: no such file');
        return readRepoFile(path);
      },
    );
    expect(message).toBe(
      `${FILE}: sources[1].article: cannot read article "test/fixtures/seeds/missing.txt": ENOENT: no such file`,
    );
  });

  it.each([
    ['124 (offshore|overseas exchanges', '"(" without ")"'],
    ['124 offshore) exchanges', '")" without "("'],
    ['124 (offshore||overseas) exchanges', 'empty alternative'],
    ['124 () exchanges', 'empty group "()"'],
    ['124 (offshore) exchanges', 'a group needs two alternatives, or a "?" after it'],
    ['124 (a(b(c|d)|e)|foreign) exchanges', 'groups nest one level deep at most'],
    ['124 offshore? exchanges', '"?" must follow a group'],
    ['124 Offshore exchanges', 'cues are written in lower case'],
    ['124 offshore, exchanges', 'character "," is not allowed in a cue'],
  ])('rejects bad cue syntax: %s', (cue, reason) => {
    const message = messageFor((s) => (factAt(s, 'exchange-count').cues[0].text = cue));
    expect(message).toMatch(
      `${FILE}: fact "exchange-count", cues[0].text: bad cue syntax: ${reason}`,
    );
  });

  it('rejects a verdict without a reason', () => {
    const message = messageFor((s) => {
      const cue = factAt(s, 'block-plan').cues.find(
        (c: { verdict?: string }) => c.verdict === 'beyond',
      );
      delete cue.reason;
    });
    expect(message).toMatch(
      new RegExp(
        `^${FILE}: fact "block-plan", cues\\[\\d+\\]\\.reason: required when the verdict is "beyond"`,
      ),
    );
  });

  it('rejects a duplicate cue within a fact', () => {
    const message = messageFor((s) => {
      const cues = factAt(s, 'regulator').cues;
      cues.push({ ...cues[0] });
    });
    expect(message).toMatch(
      new RegExp(
        `^${FILE}: fact "regulator", cues\\[\\d+\\]\\.text: duplicate cue ".+" \\(first at cues\\[0\\]\\)$`,
      ),
    );
  });

  it('rejects a relation that needs a note without one', () => {
    const message = messageFor((s) => delete factAt(s, 'exchange-count').statements[0].note);
    expect(message).toBe(
      `${FILE}: fact "exchange-count", statements[0].note: required when the relation is "rounds"`,
    );
  });

  it('rejects "only-this-source" on a fact several sources state', () => {
    const message = messageFor(
      (s) => (factAt(s, 'monitoring').statements[0].relation = 'only-this-source'),
    );
    expect(message).toBe(
      `${FILE}: fact "monitoring", statements[0].relation: "only-this-source" but 4 sources state this fact`,
    );
  });

  it('names a fact without an id by its index', () => {
    const message = messageFor((s) => delete s.facts[0].id);
    expect(message).toBe(`${FILE}: facts[0], id: missing field (expected string)`);
  });

  it('lists every problem, one per line', () => {
    const message = messageFor((s) => {
      factAt(s, 'monitoring').statements[0].source = 'foo';
      s.timeline[0].facts[0] = 'bar';
    });
    expect(message.split('\n')).toHaveLength(2);
  });
});

describe('parseCue', () => {
  it('splits words and groups', () => {
    expect(parseCue('124 (offshore|overseas) (crypto|cryptocurrency)? exchanges')).toEqual([
      { kind: 'words', text: '124' },
      { kind: 'group', alternatives: ['offshore', 'overseas'], optional: false },
      { kind: 'group', alternatives: ['crypto', 'cryptocurrency'], optional: true },
      { kind: 'words', text: 'exchanges' },
    ]);
  });

  it('takes Chinese cues without spaces, and apostrophes and decimals inside words', () => {
    expect(parseCue('124家(境外|海外)?交易平台')).toHaveLength(3);
    expect(parseCue("people's daily")).toEqual([{ kind: 'words', text: "people's daily" }]);
    expect(parseCue('1.5 billion fund')).toHaveLength(1);
  });

  it('reports where the syntax breaks', () => {
    expect(() => parseCue('a (b|c')).toThrow(CueSyntaxError);
    try {
      parseCue('a (b|c');
    } catch (error) {
      expect((error as CueSyntaxError).at).toBe(2);
    }
  });

  it('rejects a cue that is only optional groups', () => {
    expect(() => parseCue('(a|b)?')).toThrow('a cue must match at least one word');
  });

  it('takes groups glued to a word as its forms, and groups nested one level in an alternative', () => {
    expect(() => parseCue('exchange(s)?')).not.toThrow();
    expect(() => parseCue('(krypto|bitcoin)?börse(n)?')).not.toThrow();
    expect(() => parseCue('торгов(ые|ых) (площадк(а|и)|платформ(а|ы))')).not.toThrow();
    expect(() => parseCue('(关闭|关停)124家')).not.toThrow();
  });

  it('rejects glued groups that spell too many forms of one word', () => {
    expect(() => parseCue('(a|b|c|d)(e|f|g|h)(i|j|k|l)(m|n|o|p)')).toThrow(
      'groups glued to words spell 256 forms of one word (at most 64)',
    );
  });
});
