import type { PageReading } from '../../../src/read-page';

/** Drives a generator to its end in one go. */
export function run<R>(gen: Generator<unknown, R>): R {
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
  }
}

/** A fake reader (in one step): every occurrence of each phrase is a mention; relevant when any is found. */
export function fakeReader(phrases: Record<string, string>) {
  // eslint-disable-next-line require-yield -- the real reader yields between slices; one slice here
  return function* (blocks: readonly string[]): Generator<void, PageReading> {
    const mentions: PageReading['mentions'] = [];
    blocks.forEach((text, block) => {
      const hits: { start: number; end: number; factId: string }[] = [];
      for (const [phrase, factId] of Object.entries(phrases)) {
        for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length))
          hits.push({ start: at, end: at + phrase.length, factId });
      }
      hits.sort((a, b) => a.start - b.start);
      for (const h of hits)
        mentions.push({
          block,
          ...h,
          storyId: 's',
          cue: h.factId,
          lang: 'en',
          verdict: 'agrees',
          words: [h.start, h.end],
          ranges: [h.start, h.end],
        });
    });
    const relevant = mentions.length > 0;
    return {
      relevance: {
        relevant,
        passing: false,
        storyId: relevant ? 's' : null,
        reason: '',
        evidence: [],
      },
      mentions: relevant ? mentions : [],
      more: {},
    };
  };
}

/** The child structure of `node`, text nodes spelled out (innerHTML says nothing of adjacent ones). */
export function structure(node: Node): string {
  return Array.from(node.childNodes)
    .map((c) =>
      c.nodeType === 3 ? `#${JSON.stringify((c as Text).data)}` : `<${c.nodeName}>${structure(c)}`,
    )
    .join('|');
}

/** Parses `html` into the body (tests only: the lint rule bans innerHTML writes). */
export function setBody(html: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(
    ...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)),
  );
}
