/**
 * What a test waits for before it looks at a page: the content script's first stage has read it,
 * and when it found the page may be about a story ('crosscheck:found'), the reader it loaded has
 * run `passes` annotation passes (or the site is switched off: 'crosscheck:off'). A page the first
 * stage found nothing on gets no pass at all.
 */
export const settled = (passes = 1) =>
  [
    'the first stage, and the annotation passes of the reader it loads',
    (n: number) => {
      const seen = (name: string) => performance.getEntriesByName(name).length;
      return (
        seen('crosscheck:first-stage') > 0 &&
        (seen('crosscheck:found') === 0 ||
          seen('crosscheck:off') > 0 ||
          seen('crosscheck:annotate') >= n)
      );
    },
    passes,
  ] as const;
