/**
 * A page's list of tags ("Tags: China, Regulation, Exchanges", "#中国 #监管 #交易所"): site
 * furniture that names the story's things without saying anything of them, so the reader does not
 * read it. A line that starts with a tags label in one of the reader's languages, or whose every
 * item is a hashtag.
 */
const LABELED =
  /^\s*(tags?|schlagw(ö|oe)rter|schlagworte|stichw(ö|oe)rter|(é|e)tiquettes|mots[- ]cl(é|e)s|etiquetas|palabras clave|palavras[- ]chave|etichette|trefwoorden|etiketler|tagi|kata kunci|th(ẻ|e)|t(ừ|u) kh(ó|o)a|теги|метки|标签|標籤|标记|タグ|태그)\s*[:：]/iu;
const HASHTAGS = /^\s*(#[^\s#]+[\s\u3000]*){2,}$/u;
/** Longer than this, a block is a paragraph, not a line of tags. */
const MAX_TAG_LINE = 400;

export function isTagList(block: string): boolean {
  return block.length < MAX_TAG_LINE && (LABELED.test(block) || HASHTAGS.test(block));
}
