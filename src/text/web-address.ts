/**
 * A web address's words state nothing: "Bron: scmp.com/…/wechat-shuts-down-crypto-news-accounts"
 * names an article, as a link's title does. The reader reads each address as white space of its
 * length, so what it finds keeps its place in the block.
 */

/**
 * An address with its scheme or "www.", or a host name with a path ("scmp.com/business"): the
 * characters addresses are written in, so CJK text right after one ("见https://8btc.com/1微信…")
 * stays.
 */
const ADDRESS =
  /(?:https?:\/\/|\bwww\.)[\w\-.~:/?#@!$&*+,;=%]+|\b[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}\/[\w\-.~:/?#@!$&*+,;=%]*/giu;

/** `block` with its web addresses blanked out (the same string when it has none). */
export function withoutWebAddresses(block: string): string {
  if (!block.includes('/') && !/www\./iu.test(block)) return block;
  return block.replace(ADDRESS, (address) => ' '.repeat(address.length));
}
