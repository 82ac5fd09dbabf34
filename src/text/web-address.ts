/**
 * A web address's words state nothing: "Bron: scmp.com/…/wechat-shuts-down-crypto-news-accounts"
 * names an article, as a link's title does. The reader reads each address as white space of its
 * length, so what it finds keeps its place in the block.
 *
 * Only the characters addresses are written in are taken, so CJK text right after one
 * ("见https://8btc.com/1微信…") stays. Every search is linear: a host name without a scheme is
 * found from its top-level domain and path (".com/…") and read back from there, never tried from
 * each word start (which took 30 s on a 160 KB line of hyphenated words).
 */

const ADDRESS_CHARS = '[A-Za-z0-9_\\-.~:/?#@!$&*+,;=%]';
/** An address with its scheme or "www.". */
const WITH_SCHEME = new RegExp(`(?:[Hh][Tt][Tt][Pp][Ss]?://|\\b[Ww]{3}\\.)${ADDRESS_CHARS}+`, 'g');
/** A top-level domain and the path after it (".com/business/…"): the end of a host name's address. */
const DOMAIN_PATH = new RegExp(`\\.[A-Za-z]{2,24}/${ADDRESS_CHARS}*`, 'g');
const HOST_CHAR = /[A-Za-z0-9.-]/;
/**
 * A host name alone in brackets after a link's title, as aggregators and forums print its source
 * ("Beijing district bans crypto events (scmp.com)").
 */
const HOST_IN_BRACKETS = /\((?:[A-Za-z0-9-]{1,63}\.){1,10}[a-z]{2,24}\)/g;
/** The longest host name. */
const MAX_HOST = 253;

/** `block` with its web addresses blanked out (the same string when it has none). */
export function withoutWebAddresses(block: string): string {
  if (!block.includes('/') && !block.includes(')') && !/www\./i.test(block)) return block;
  const spans: [number, number][] = [];
  HOST_IN_BRACKETS.lastIndex = 0;
  for (let m = HOST_IN_BRACKETS.exec(block); m; m = HOST_IN_BRACKETS.exec(block))
    spans.push([m.index + 1, m.index + m[0].length - 1]);
  WITH_SCHEME.lastIndex = 0;
  for (let m = WITH_SCHEME.exec(block); m; m = WITH_SCHEME.exec(block))
    spans.push([m.index, m.index + m[0].length]);
  DOMAIN_PATH.lastIndex = 0;
  for (let m = DOMAIN_PATH.exec(block); m; m = DOMAIN_PATH.exec(block)) {
    let start = m.index;
    while (start > 0 && m.index - start < MAX_HOST && HOST_CHAR.test(block[start - 1]!)) start--;
    if (start < m.index) spans.push([start, m.index + m[0].length]);
  }
  if (spans.length === 0) return block;
  spans.sort((a, b) => a[0] - b[0]);
  let read = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    read += block.slice(at, from) + ' '.repeat(end - from);
    at = end;
  }
  return read + block.slice(at);
}
