/**
 * A page's text from its HTML, roughly (no DOM at build time): scripts, styles and comments
 * dropped, tags stripped, common entities decoded, blocks on lines of their own. Good enough to
 * count words by; never used to read a page for marks.
 */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '—',
  ndash: '–',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  hellip: '…',
};

/** Decodes numeric character references and the common named entities; others stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] !== '#') return ENTITIES[body.toLowerCase()] ?? whole;
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff
      ? String.fromCodePoint(code)
      : whole;
  });
}

/** The HTML with scripts, styles and comments dropped (a space each), everything else as it was. */
export function withoutCode(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ');
}

export function htmlText(html: string): string {
  return decodeEntities(
    withoutCode(html)
      .replace(
        /<\/?(?:p|div|h[1-6]|li|td|th|tr|br|section|article|header|footer|nav|aside|blockquote)\b[^>]*>/gi,
        '\n',
      )
      .replace(/<[^>]*>/g, ''),
  );
}
