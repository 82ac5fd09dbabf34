/**
 * Validates the concept files (`src/stories/concepts/*.json`) and the stories' frames and contexts
 * against them: every concept a frame or a context names exists, and has words in every language
 * (or in the file of names and numbers every language writes alike), so a page in any of them can
 * state the fact.
 * Errors read like the stories': `<file>: <where>: <reason>`, thrown as one StoryError.
 */
import { LANGUAGES } from './vocabulary.ts';
import { conceptFileSchema, parseConceptRef, type ConceptFile, type Story } from './schema.ts';
import { StoryError, describe, reasonOf } from './validate.ts';

/** Validates one concept file's content (`json`, parsed from `file`) and returns it typed. */
export function validateConceptFile(json: unknown, file: string): ConceptFile {
  const parsed = conceptFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new StoryError(
      parsed.error.issues.map((issue) => {
        const [, concept, index] = issue.path;
        const where =
          concept === undefined
            ? describe(json, issue.path)
            : `concept "${String(concept)}"${index === undefined ? '' : `, words[${String(index)}]`}`;
        return `${file}: ${where}: ${reasonOf(issue)}`;
      }),
    );
  }
  const issues: string[] = [];
  for (const [concept, words] of Object.entries(parsed.data.concepts)) {
    const first = new Map<string, number>();
    words.forEach((word, i) => {
      const again = first.get(word);
      if (again !== undefined)
        issues.push(
          `${file}: concept "${concept}", words[${i}]: "${word}" twice (first at words[${again}])`,
        );
      else first.set(word, i);
    });
  }
  if (issues.length > 0) throw new StoryError(issues);
  return parsed.data;
}

/**
 * Checks the stories' frames against the concept files: unknown concepts (in `concepts`,
 * `unless`, contexts and `home`), concepts with no words in some language, and concepts no frame uses.
 */
export function checkFrames(
  stories: readonly { file: string; json: unknown; story: Story }[],
  conceptFiles: readonly { file: string; data: ConceptFile }[],
): void {
  const issues: string[] = [];
  const known = new Set(conceptFiles.flatMap(({ data }) => Object.keys(data.concepts)));
  const neutral = new Set(
    conceptFiles
      .filter(({ data }) => data.language === null)
      .flatMap(({ data }) => Object.keys(data.concepts)),
  );
  const used = new Map<string, string>(); // concept -> the first place a frame or context names it
  for (const { file, json, story } of stories) {
    // One concept id named at `path`: known, and its first place noted for the languages' check.
    const checkConcept = (id: string, path: (string | number)[], where: string): void => {
      if (!known.has(id))
        issues.push(
          `${file}: ${describe(json, path)}: unknown concept "${id}" (concepts are defined in src/stories/concepts/)`,
        );
      else if (!used.has(id)) used.set(id, where);
    };
    const checkContext = (
      context: readonly string[],
      path: (string | number)[],
      where: string,
    ): void =>
      context.forEach((ref, c) => {
        for (const id of parseConceptRef(ref).ids) checkConcept(id, [...path, c], where);
      });
    story.facts.forEach((fact, f) => {
      (fact.frames ?? []).forEach((frame, r) => {
        const where = `${file}, fact "${fact.id}"`;
        frame.concepts.forEach((ref, c) => {
          for (const id of parseConceptRef(ref).ids)
            checkConcept(id, ['facts', f, 'frames', r, 'concepts', c], where);
        });
        (frame.unless ?? []).forEach((id, u) =>
          checkConcept(id, ['facts', f, 'frames', r, 'unless', u], where),
        );
      });
      checkContext(
        fact.context ?? [],
        ['facts', f, 'context'],
        `${file}, fact "${fact.id}" context`,
      );
    });
    checkContext(story.context, ['context'], `${file}, context`);
    if (story.home !== undefined)
      for (const key of ['country', 'elsewhere'] as const)
        checkConcept(story.home[key], ['home', key], `${file}, home`);
  }
  for (const [concept, where] of used) {
    if (neutral.has(concept)) continue;
    for (const language of LANGUAGES) {
      const file = conceptFiles.find(({ data }) => data.language === language);
      if (file === undefined) {
        issues.push(
          `src/stories/concepts/${language}.json: missing file (every language needs its concept words)`,
        );
        break;
      }
      if (!(concept in file.data.concepts))
        issues.push(
          `${file.file}: concept "${concept}": missing (a frame uses it: ${where}); every language needs its words`,
        );
    }
  }
  for (const { file, data } of conceptFiles)
    for (const concept of Object.keys(data.concepts))
      if (!used.has(concept))
        issues.push(
          `${file}: concept "${concept}": no frame or context uses it (remove it, or use it)`,
        );
  if (issues.length > 0) throw new StoryError([...new Set(issues)]);
}
