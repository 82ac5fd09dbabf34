/**
 * A crude HTML-to-blocks splitter for tests and the benchmark: drops scripts, styles and comments,
 * splits at block-level tags, strips the rest and decodes the common entities. Not the content
 * script's DOM walk, but close enough in what text ends up in which block.
 */
const BLOCK_TAGS =
  /<\/?(?:p|div|h[1-6]|li|ul|ol|td|th|tr|table|section|article|header|footer|nav|aside|blockquote|pre|br|hr|dd|dt|dl|figcaption|figure|main|form|option|title)\b[^>]*>/gi;

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

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** The page's text blocks, in document order, empty ones dropped. */
export function htmlToBlocks(html: string): string[] {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(BLOCK_TAGS, '\n\n');
  return body
    .split(/\n\s*\n/)
    .map((chunk) =>
      decode(chunk.replace(/<[^>]*>/g, ''))
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((chunk) => chunk.length > 0);
}

/** A plain-text article split into blocks at line breaks. */
export function textToBlocks(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
