/**
 * The concept files and the stories' frames are validated like the stories: a broken file fails
 * with the file, the concept (or fact and frame) and the reason.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ConceptFile, Story } from '../../../src/stories/schema';
import { StoryError, validateStory } from '../../../src/stories/validate';
import { checkFrames, validateConceptFile } from '../../../src/stories/validate-concepts';
import { LANGUAGES } from '../../../src/stories/vocabulary';
import { ROOT, STORY_FILE, rawStory, readRepoFile, type RawJson } from './helpers';

const DIR = 'src/stories/concepts';

function conceptFiles(): { file: string; json: RawJson }[] {
  return readdirSync(ROOT + DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      file: `${DIR}/${name}`,
      json: JSON.parse(readRepoFile(`${DIR}/${name}`)) as RawJson,
    }));
}

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(StoryError);
    return (error as Error).message;
  }
  throw new Error('expected a StoryError');
}

function check(breakStory?: (s: RawJson) => void, breakConcepts?: (files: RawJson) => void): void {
  const story = rawStory();
  breakStory?.(story);
  const files = conceptFiles();
  const byLanguage: RawJson = Object.fromEntries(
    files.map((f) => [f.json['language'] ?? 'neutral', f.json]),
  );
  breakConcepts?.(byLanguage);
  const valid = validateStory(story, STORY_FILE, readRepoFile) as Story;
  checkFrames(
    [{ file: STORY_FILE, json: story, story: valid }],
    files.map(({ file, json }) => ({ file, data: validateConceptFile(json, file) as ConceptFile })),
  );
}

describe('concept files', () => {
  it('has one file per language and one of names and numbers, all valid, and the frames fit them', () => {
    const files = conceptFiles();
    expect(files.map((f) => f.json['language'] ?? null).sort()).toEqual(
      [...LANGUAGES, null].sort(),
    );
    expect(() => check()).not.toThrow();
  });

  it('are each stable when re-formatted, one word a line, so a diff shows each word added', () => {
    for (const { file } of conceptFiles()) {
      const text = readRepoFile(file);
      expect(text, file).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
  });

  it('rejects bad word syntax, naming the file, the concept and the word', () => {
    const json = { language: 'de', concepts: { exchange: ['börse(n', 'börse'] } };
    expect(messageOf(() => validateConceptFile(json, `${DIR}/de.json`))).toBe(
      `${DIR}/de.json: concept "exchange", words[0]: bad cue syntax: "(" without ")" (at character 5)`,
    );
  });

  it('rejects a word listed twice in a concept', () => {
    const json = { language: 'fr', concepts: { crypto: ['crypto', 'bitcoin', 'crypto'] } };
    expect(messageOf(() => validateConceptFile(json, `${DIR}/fr.json`))).toBe(
      `${DIR}/fr.json: concept "crypto", words[2]: "crypto" twice (first at words[0])`,
    );
  });

  it('rejects an unknown language', () => {
    const json = { language: 'xx', concepts: {} };
    expect(messageOf(() => validateConceptFile(json, `${DIR}/xx.json`))).toMatch(
      new RegExp(`^${DIR}/xx.json: language: `),
    );
  });
});

describe('frames', () => {
  it('rejects a frame naming an unknown concept, where it is', () => {
    const message = messageOf(() =>
      check((s) => {
        const fact = (s['facts'] as RawJson[]).find((f) => f['id'] === 'exchange-count') as RawJson;
        (fact['frames'] as RawJson[])[0]!['concepts'][1] = 'exchnage';
      }),
    );
    expect(message).toContain(
      `${STORY_FILE}: fact "exchange-count", frames[0].concepts[1]: unknown concept "exchnage"`,
    );
  });

  it('rejects a story context naming an unknown concept, where it is', () => {
    const message = messageOf(() =>
      check((s) => {
        (s['context'] as string[])[1] = 'crypto|blokchain';
      }),
    );
    expect(message).toContain(`${STORY_FILE}: context[1]: unknown concept "blokchain"`);
  });

  it("rejects a story's home naming an unknown concept, where it is", () => {
    const message = messageOf(() =>
      check((s) => {
        (s['home'] as RawJson)['elsewhere'] = 'elsewehre';
      }),
    );
    expect(message).toContain(`${STORY_FILE}: home.elsewhere: unknown concept "elsewehre"`);
  });

  it('rejects a fact context naming an unknown concept, where it is', () => {
    const message = messageOf(() =>
      check((s) => {
        const fact = (s['facts'] as RawJson[]).find(
          (f) => f['id'] === 'wechat-ban-reason',
        ) as RawJson;
        (fact['context'] as string[])[0] = 'wechat|tencnet';
      }),
    );
    expect(message).toContain(
      `${STORY_FILE}: fact "wechat-ban-reason", context[0]: unknown concept "tencnet"`,
    );
  });

  it('rejects a concept a frame uses that a language has no words for', () => {
    const message = messageOf(() =>
      check(undefined, (files) => {
        delete (files['ko'] as RawJson)['concepts']['exchange'];
      }),
    );
    expect(message).toMatch(
      new RegExp(
        `^${DIR}/ko.json: concept "exchange": missing \\(a frame uses it: ${STORY_FILE}, fact "[a-z0-9-]+"\\); every language needs its words$`,
      ),
    );
  });

  it('rejects a concept no frame uses', () => {
    const message = messageOf(() =>
      check(undefined, (files) => {
        (files['fr'] as RawJson)['concepts']['unused-word'] = ['inutilisé'];
      }),
    );
    expect(message).toBe(
      `${DIR}/fr.json: concept "unused-word": no frame or context uses it (remove it, or use it)`,
    );
  });

  it('rejects a frame whose concepts are all optional, and a verdict without a reason', () => {
    const optional = messageOf(() =>
      validateStory(
        (() => {
          const s = rawStory();
          (s['facts'] as RawJson[])[0]!['frames'] = [{ concepts: ['n124?'], strength: 'weak' }];
          return s;
        })(),
        STORY_FILE,
        readRepoFile,
      ),
    );
    expect(optional).toContain('frames[0].concepts: needs one concept that is not optional');
    const reasonless = messageOf(() =>
      validateStory(
        (() => {
          const s = rawStory();
          (s['facts'] as RawJson[])[0]!['frames'] = [
            { concepts: ['n124'], strength: 'weak', verdict: 'rounds' },
          ];
          return s;
        })(),
        STORY_FILE,
        readRepoFile,
      ),
    );
    expect(reasonless).toContain('frames[0].reason: required when the verdict is "rounds"');
  });
});
