/**
 * Validates a story file: the zod schema first, then the rules that span fields (known ids, unique
 * ids, quotes found verbatim in their articles). Pure: the caller passes in how to read an article,
 * so this runs in Node (tests, the build plugin) and needs no file system of its own.
 */
import type { z } from 'zod';
import { storySchema, type Story } from './schema.ts';

/** A story that fails validation. `issues` holds one line per problem; the message joins them. */
export class StoryError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(issues.join('\n'));
    this.name = 'StoryError';
  }
}

/** Runs of white space (any kind, incl. no-break spaces) become one space; nothing else is relaxed. */
export function collapseWhiteSpace(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

type Path = readonly PropertyKey[];

/** `['statements', 2, 'source']` -> `statements[2].source`. */
function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Locates a path in the raw JSON: under `facts[i]` it names the fact by its id (when it has a
 * string one) and gives the rest of the path relative to the fact.
 */
export function describe(json: unknown, path: Path): string {
  if (path[0] === 'facts' && typeof path[1] === 'number') {
    const facts = isRecord(json) ? json['facts'] : undefined;
    const fact: unknown = Array.isArray(facts) ? facts[path[1]] : undefined;
    const id = isRecord(fact) ? fact['id'] : undefined;
    const who = typeof id === 'string' && id !== '' ? `fact "${id}"` : `facts[${path[1]}]`;
    const rest = path.slice(2);
    return rest.length === 0 ? who : `${who}, ${formatPath(rest)}`;
  }
  return path.length === 0 ? '(top level)' : formatPath(path);
}

/** Turns zod's wording into a reason a person adding a story understands. */
export function reasonOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
    return `missing field (expected ${issue.expected})`;
  }
  return issue.message;
}

function list(values: Iterable<string>): string {
  return [...values].join(', ');
}

/**
 * Validates `json` (the parsed content of `file`) and returns it typed, or throws a StoryError whose
 * lines read `<file>: fact "<id>", <field path>: <reason>` (or `<file>: <field path>: <reason>`
 * outside the facts). `readArticle` gets a source's `article` path and returns its text; it may throw.
 */
export function validateStory(
  json: unknown,
  file: string,
  readArticle: (path: string) => string,
): Story {
  const parsed = storySchema.safeParse(json);
  if (!parsed.success) {
    throw new StoryError(
      parsed.error.issues.map(
        (issue) => `${file}: ${describe(json, issue.path)}: ${reasonOf(issue)}`,
      ),
    );
  }
  const story = parsed.data;
  const issues: string[] = [];
  const report = (path: Path, reason: string): void => {
    issues.push(`${file}: ${describe(json, path)}: ${reason}`);
  };

  // Sources: unique ids, readable articles.
  const articles = new Map<string, string>();
  const firstSource = new Map<string, number>();
  story.sources.forEach((source, i) => {
    const first = firstSource.get(source.id);
    if (first !== undefined) {
      report(
        ['sources', i, 'id'],
        `duplicate source id "${source.id}" (first at sources[${first}])`,
      );
      return;
    }
    firstSource.set(source.id, i);
    try {
      articles.set(source.id, collapseWhiteSpace(readArticle(source.article)));
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      report(['sources', i, 'article'], `cannot read article "${source.article}": ${why}`);
    }
  });
  const known = `(known: ${list(firstSource.keys())})`;
  const checkSource = (path: Path, id: string): boolean => {
    if (firstSource.has(id)) return true;
    report(path, `unknown source "${id}" ${known}`);
    return false;
  };

  // Facts.
  const firstFact = new Map<string, number>();
  story.facts.forEach((fact, f) => {
    const first = firstFact.get(fact.id);
    if (first !== undefined) {
      report(['facts', f, 'id'], `duplicate fact id "${fact.id}" (first at facts[${first}])`);
    } else {
      firstFact.set(fact.id, f);
    }

    const stated = new Map<string, number>();
    fact.statements.forEach((statement, s) => {
      const at = ['facts', f, 'statements', s] as const;
      if (!checkSource([...at, 'source'], statement.source)) return;
      const again = stated.get(statement.source);
      if (again !== undefined) {
        report(
          [...at, 'source'],
          `source "${statement.source}" states this fact twice (first at statements[${again}]); keep one statement per source`,
        );
      } else {
        stated.set(statement.source, s);
      }
      const article = articles.get(statement.source);
      if (article !== undefined && !article.includes(collapseWhiteSpace(statement.quote))) {
        const path = story.sources[firstSource.get(statement.source) ?? 0]?.article ?? '';
        report(
          [...at, 'quote'],
          `quote not found verbatim in the article of source "${statement.source}" (${path}): "${statement.quote}"`,
        );
      }
      if (statement.relation === 'only-this-source' && fact.statements.length > 1) {
        report(
          [...at, 'relation'],
          `"only-this-source" but ${fact.statements.length} sources state this fact`,
        );
      }
      if (
        (statement.relation === 'rounds' ||
          statement.relation === 'differs' ||
          statement.relation === 'contradicts') &&
        statement.note === undefined
      ) {
        report([...at, 'note'], `required when the relation is "${statement.relation}"`);
      }
    });

    fact.differences.forEach((difference, d) => {
      difference.sources.forEach((id, s) => {
        checkSource(['facts', f, 'differences', d, 'sources', s], id);
      });
    });

    const cues = new Map<string, number>();
    fact.cues.forEach((cue, c) => {
      const key = `${cue.lang}\u0000${cue.text}`;
      const again = cues.get(key);
      if (again !== undefined) {
        report(
          ['facts', f, 'cues', c, 'text'],
          `duplicate cue "${cue.text}" (first at cues[${again}])`,
        );
      } else {
        cues.set(key, c);
      }
    });
  });

  // Facts a fact gives way to: other facts of the story.
  story.facts.forEach((fact, f) => {
    fact.givesWayTo?.forEach((id, i) => {
      const at = ['facts', f, 'givesWayTo', i] as const;
      if (id === fact.id) report(at, 'a fact cannot give way to itself');
      else if (!firstFact.has(id)) report(at, `unknown fact "${id}"`);
    });
    if (fact.local === true && story.home === undefined)
      report(
        ['facts', f, 'local'],
        'a local fact needs the story\'s "home" (its country\'s concepts)',
      );
  });

  // Timeline.
  story.timeline.forEach((event, e) => {
    event.facts.forEach((id, i) => {
      if (!firstFact.has(id)) report(['timeline', e, 'facts', i], `unknown fact "${id}"`);
    });
    event.sources.forEach((id, i) => {
      checkSource(['timeline', e, 'sources', i], id);
    });
  });

  if (issues.length > 0) throw new StoryError(issues);
  return story;
}
