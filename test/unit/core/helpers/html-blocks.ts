/**
 * A crude HTML-to-blocks splitter for tests and the benchmark: drops scripts, styles and comments,
 * splits at block-level tags, strips the rest and decodes the common entities. Not the content
 * script's DOM walk, but close enough in what text ends up in which block.
 */
import { decodeEntities, withoutCode } from '../../../../build/html-text';

const BLOCK_TAGS =
  /<\/?(?:p|div|h[1-6]|li|ul|ol|td|th|tr|table|section|article|header|footer|nav|aside|blockquote|pre|br|hr|dd|dt|dl|figcaption|figure|main|form|option|title)\b[^>]*>/gi;

/** The page's text blocks, in document order, empty ones dropped. */
export function htmlToBlocks(html: string): string[] {
  const body = withoutCode(html).replace(BLOCK_TAGS, '\n\n');
  return body
    .split(/\n\s*\n/)
    .map((chunk) =>
      decodeEntities(chunk.replace(/<[^>]*>/g, ''))
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
