/**
 * `npm run round -- <step> …`: the steps of a blind round and of a words pass that are not a
 * helper's reading or writing (how a round is run: `test/fixtures/fresh/README.md`, "How a round
 * is run"; the helpers' briefs: `test/fixtures/fresh/briefs/`).
 *
 *   prepare <round dir> <n> <suffix>   a round's folder: the writers' and reviewers' briefs for
 *                                  round <n> (pages `*-<suffix>.txt`), the facts they may read, the
 *                                  slugs and styles earlier rounds used
 *   merge <round dir> <set dir>    the writers' folders (`w1/`, `w2/`…: `about/`, `other/`,
 *                                  `expected.json`) into one set, to be read blind
 *   add <set dir>                  a read and reviewed set's pages into test/fixtures/fresh
 *   review <wrong file> <dir>…     every mark of the baselines in <dir>s not yet reviewed: wrong
 *                                  when the reviewers' file lists it, else right
 *   compare <before> <after>       two outputs of `npm run recognition -- … --misses --marks`:
 *                                  facts gained and lost, right marks lost, wrong marks gone, new
 *                                  marks (a words pass keeps a change only if it loses nothing)
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import type { ReviewedMark } from '../test/unit/core/helpers/reviewed-pages';
import story from '../src/stories/china-crypto-exchange-block-2018.json' with { type: 'json' };

interface PageSet {
  about: Record<string, unknown>;
  other: Record<string, unknown>;
}

const FRESH = join(import.meta.dirname, '..', 'test/fixtures/fresh');
const KINDS = ['about', 'other'] as const;

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
/** As the fixtures are kept: two spaces, a final newline (prettier leaves it so). */
const writeJson = (file: string, value: unknown) =>
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

/** A line of `npm run recognition -- --marks`: `MARK <page> [<fact>( UNEXPECTED)?] <review> «<text>»`. */
const MARK_LINE = /^MARK (\S+) \[([^\] ]+)[^\]]*\] (\S+) «(.*)»$/;

/**
 * What writers and reviewers read: each fact's id, title and statement and the sources' quotes
 * (never the cues, frames or concept words), and what earlier rounds used, to write something new.
 */
function prepare(roundDir: string, round: string, suffix: string) {
  mkdirSync(roundDir, { recursive: true });
  const outlets = new Map(story.sources.map((s) => [s.id, s.outlet]));
  const facts = story.facts.map((f) => ({
    id: f.id,
    title: f.title,
    statement: f.statement,
    quotes: f.statements.map((s) => ({ outlet: outlets.get(s.source), quote: s.quote })),
  }));
  writeJson(join(roundDir, 'facts.json'), facts);
  const fresh = readJson<{ about: Record<string, { style: string }> }>(
    join(FRESH, 'expected.json'),
  );
  const styles = new Set(Object.values(fresh.about).map((p) => p.style));
  const slugs = new Set(
    readdirSync(join(FRESH, 'other')).map((f) =>
      f.replace(/^[a-z]{2}-/, '').replace(/-\d+\.txt$/, ''),
    ),
  );
  writeFileSync(join(roundDir, 'used-styles.txt'), [...styles].sort().join('\n') + '\n');
  writeFileSync(join(roundDir, 'used-slugs.txt'), [...slugs].sort().join('\n') + '\n');
  for (const brief of ['writers', 'reviewers', 'words']) {
    const text = readFileSync(join(FRESH, 'briefs', `${brief}.md`), 'utf8')
      .replaceAll('FRESH', roundDir)
      .replaceAll('ROUND', round)
      .replaceAll('SUFFIX', suffix);
    writeFileSync(join(roundDir, `${brief}.md`), text);
  }
  console.log(`${roundDir}: briefs, facts.json (${facts.length} facts), ${slugs.size} used slugs`);
}

function merge(roundDir: string, setDir: string) {
  const set: PageSet = { about: {}, other: {} };
  const writers = readdirSync(roundDir).filter((d) => /^w\d+$/.test(d));
  for (const writer of writers) {
    const dir = join(roundDir, writer);
    const expected = readJson<Partial<PageSet>>(join(dir, 'expected.json'));
    for (const kind of KINDS) {
      mkdirSync(join(setDir, kind), { recursive: true });
      const listed = expected[kind] ?? {};
      for (const [file, entry] of Object.entries(listed)) {
        const from = join(dir, kind, file);
        if (!existsSync(from)) throw new Error(`${from}: listed in expected.json, not written`);
        if (file in set[kind]) throw new Error(`${from}: another writer wrote ${file} too`);
        copyFileSync(from, join(setDir, kind, file));
        set[kind][file] = entry;
      }
      for (const file of readdirSync(join(dir, kind)))
        if (!(file in listed)) throw new Error(`${join(dir, kind, file)}: not in expected.json`);
    }
  }
  writeJson(join(setDir, 'expected.json'), set);
  console.log(
    `${writers.length} writers: ${Object.keys(set.about).length} pages about the story, ` +
      `${Object.keys(set.other).length} about other events`,
  );
}

function add(setDir: string) {
  const fresh = readJson<PageSet>(join(FRESH, 'expected.json'));
  const set = readJson<PageSet>(join(setDir, 'expected.json'));
  for (const kind of KINDS)
    for (const [file, entry] of Object.entries(set[kind])) {
      if (file in fresh[kind]) throw new Error(`${kind}/${file}: already in test/fixtures/fresh`);
      copyFileSync(join(setDir, kind, file), join(FRESH, kind, file));
      fresh[kind][file] = entry;
    }
  writeJson(join(FRESH, 'expected.json'), fresh);
  console.log('added; now: UPDATE_BASELINES=1 on the recognition test, then review');
}

function review(wrongFile: string, dirs: string[]) {
  const wrong = new Set<string>();
  for (const line of readFileSync(wrongFile, 'utf8').split('\n')) {
    const m = MARK_LINE.exec(line.trim());
    if (m) wrong.add(`${m[1]} ${m[2]} «${m[4]}»`);
  }
  const used = new Set<string>();
  let right = 0;
  for (const dir of dirs)
    for (const json of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const path = join(dir, json);
      const marks = readJson<ReviewedMark[]>(path);
      const page = basename(json, '.json') + '.txt';
      const unreviewed = marks.filter((m) => m.correct === null);
      if (unreviewed.length === 0) continue;
      for (const m of unreviewed) {
        const key = `${page} ${m.factId} «${m.text}»`;
        m.correct = !wrong.has(key);
        if (m.correct) right++;
        else used.add(key);
      }
      writeJson(path, marks);
    }
  console.log(`reviewed: ${right} right, ${used.size} wrong`);
  for (const key of wrong) if (!used.has(key)) console.log(`listed wrong, not found: ${key}`);
}

interface Reading {
  misses: Set<string>;
  marks: Map<string, number>;
  summary: string;
}

function readOutput(file: string): Reading {
  const reading: Reading = { misses: new Set(), marks: new Map(), summary: '' };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = MARK_LINE.exec(line);
    if (m) {
      const key = `${m[3]} ${m[1]} [${m[2]}] «${m[4]}»`;
      reading.marks.set(key, (reading.marks.get(key) ?? 0) + 1);
    } else if (line.startsWith('MISS ')) reading.misses.add(line.slice(5));
    else if (line.startsWith('pages ')) reading.summary = line;
  }
  return reading;
}

function compare(beforeFile: string, afterFile: string) {
  const before = readOutput(beforeFile);
  const after = readOutput(afterFile);
  const lostFacts = [...after.misses].filter((f) => !before.misses.has(f));
  const gained = [...before.misses].filter((f) => !after.misses.has(f)).length;
  /** Marks of `a` that `b` has fewer of, each as often as it is missing. */
  const minus = (a: Reading, b: Reading) =>
    [...a.marks].flatMap(([key, n]) =>
      Array<string>(Math.max(0, n - (b.marks.get(key) ?? 0))).fill(key),
    );
  const gone = minus(before, after);
  const lostRight = gone.filter((k) => k.startsWith('true '));
  const goneWrong = gone.filter((k) => k.startsWith('false '));
  const added = minus(after, before);
  console.log(`before: ${before.summary}\nafter:  ${after.summary}`);
  console.log(
    `facts gained ${gained}, lost ${lostFacts.length}; right marks lost ${lostRight.length}, ` +
      `wrong marks gone ${goneWrong.length}, new marks ${added.length}`,
  );
  for (const f of lostFacts) console.log(`  LOST FACT ${f}`);
  for (const k of lostRight) console.log(`  LOST RIGHT ${k.slice(5)}`);
  for (const k of goneWrong) console.log(`  GONE WRONG ${k.slice(6)}`);
  // As `--marks` prints them, so that the list can go to reviewers as it is.
  for (const k of added) console.log(`MARK ${k.slice(k.indexOf(' ') + 1).replace(/ «/, ' ? «')}`);
}

const [step, ...args] = process.argv.slice(2);
const usage =
  'usage: npm run round -- prepare <round> <n> <suffix> | merge <round> <set> | add <set> | review <wrong> <dir>… | compare <before> <after>';
if (step === 'prepare' && args.length === 3) prepare(args[0]!, args[1]!, args[2]!);
else if (step === 'merge' && args.length === 2) merge(args[0]!, args[1]!);
else if (step === 'add' && args.length === 1) add(args[0]!);
else if (step === 'review' && args.length >= 2) review(args[0]!, args.slice(1));
else if (step === 'compare' && args.length === 2) compare(args[0]!, args[1]!);
else {
  console.error(usage);
  process.exit(1);
}
