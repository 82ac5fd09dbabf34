/**
 * Words in a yes/no question assert nothing ("Did Tencent confirm it?", "Pequim proibiu eventos de
 * bitcoin?", "テンセントも認めてるってソースある？"), so they state no fact. A question that asks why,
 * how or what takes its fact as given ("Why is China blocking 124 exchanges?"), and a statement
 * followed by a short question ("WeChat closed the accounts, has anyone seen it?") still states it.
 */
import type { Language } from '../stories/schema.ts';

/**
 * Question words of the reader's languages written in Latin letters, by language, matched whole. A
 * sentence asks in its own language: "was" asks in German, not in English ("Was the ban
 * confirmed?"), "ne" in Turkish, not in French or German, "ai" in Vietnamese, not in Italian.
 */
const LATIN_WORDS: Partial<Record<Language, string>> = {
  en: 'why|how|what|which|who|whom|whose|when|where',
  de: 'warum|wieso|weshalb|weswegen|wie|was|welche[rsnm]?|wer|wen|wem|wann|wo|woher|wohin',
  fr: 'pourquoi|comment|quel(le)?s?|quoi|qui|quand|où|qu.est-ce',
  es: 'qué|cómo|cuál(es)?|quién(es)?|cuándo|dónde|cuánt[oa]s?',
  pt: 'porque|por que|por quê|o que|como|qual|quais|quem|quando|onde|quant[oa]s?',
  it: 'perché|come|cosa|quale|quali|chi|dove|quant[oiae]',
  nl: 'waarom|hoe|wat|welke?|wie|wanneer|waar|hoeveel',
  tr: 'neden|nasıl|ne|neyi|neler|hangi|kim|kimler|niye|niçin|nerede|nereye|kaç',
  id: 'mengapa|kenapa|bagaimana|apa|siapa|kapan|mana|berapa',
  pl: 'dlaczego|czemu|jak|co|jaki[ea]?|jakich|który|która|które|kto|kiedy|gdzie|ile',
  vi: 'tại sao|vì sao|thế nào|gì|nào|ai|bao nhiêu|sao',
};
/** Question words of spaced scripts no Latin-script language shares (matched whole). */
const SCRIPT_WORDS = [
  'почему|зачем|как|что|чем|как(ой|ая|ое|ие|их)|кто|когда|где|сколько',
  'чому|навіщо|як|що|хто|коли|де|скільки|як(ий|а|е|і|их)',
  // Arabic and Persian: not ما, من, چه (also "not", "from", "how much"): they ask too little alone.
  'لماذا|ماذا|كيف|متى|أين|اين|كم|چرا|چگونه|چطور|کجا|چند|کدام',
  'क्यों|कैसे|कौन|कब|कहाँ|कहां|कितना|कितने|कितनी',
].join('|');
/** Question words of unspaced scripts, and Korean ones that take a particle (matched anywhere). */
const PARTS = [
  '为什么|為什麼|为何|為何|怎么|怎麼|怎样|怎樣|什么|什麼|如何|哪|谁|誰|多少',
  'なぜ|どう|何|どの|どこ|いつ|どんな|どれ|いくつ',
  '왜|어떻게|무엇|무슨|어떤|뭐|누가|누구|언제|어디|얼마|몇',
].join('|');

const asksCache = new Map<string, RegExp>();
/**
 * The question words of a sentence in `languages` (those of the words found there): theirs, and
 * those of other scripts. A language of another script (Chinese, Russian, Hindi…) takes English
 * ones in stride; a sentence of no known language is read with every language's words. Whole
 * words: no letter, digit or mark (a Devanagari vowel sign) next to them. Matched on the clause in
 * lower case: with the `i` flag, compiling it took V8 9 ms more.
 */
function asksIn(languages: readonly Language[]): RegExp {
  const key = languages.join();
  let asks = asksCache.get(key);
  if (asks === undefined) {
    const latin =
      languages.length === 0
        ? Object.values(LATIN_WORDS)
        : languages.map((language) => LATIN_WORDS[language] ?? (LATIN_WORDS.en as string));
    const words = [...new Set(latin), SCRIPT_WORDS].join('|');
    asks = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(${words})(?![\\p{L}\\p{N}\\p{M}])|${PARTS}`, 'u');
    asksCache.set(key, asks);
  }
  return asks;
}

const codes = (chars: string) => new Set([...chars].map((ch) => ch.charCodeAt(0)));
/**
 * Where a sentence ends, and where a clause or an aside starts or ends within one (a dash too: "China
 * wil 124 cryptobeurzen blokkeren – en nu?").
 */
const SENTENCE_END = codes('.!?;。！？；｡\n؟؛۔।');
const CLAUSE_MARK = codes(',，:：、¿()（）،–—');
/**
 * The ideographic comma: Japanese writes it between clauses, Chinese between the items of a list
 * ("服务器在境外、国内还能上"), where it ends no clause. Text with kana near the words is Japanese.
 */
const IDEOGRAPHIC_COMMA = 0x3001;
const KANA = /[\u3040-\u30ff]/u;
const QUESTION_MARK = codes('?？؟');
/** Hindi क्या opens a yes/no question ("क्या टेनसेंट ने कबूल किया?") and asks "what" inside one. */
const WHAT_WITHIN = /\sक्या(?![\p{L}\p{M}])/u;
/**
 * The label of an FAQ's or an interview's question ("Q.", "Q:", "问：", "질문:"): the line asks, with
 * or without a question mark ("Q. 国内のサイトやWeChat公式アカウントは").
 */
const QUESTION_LABEL =
  /^\s*(q|question|frage|pergunta|pregunta|domanda|vraag|вопрос|питання|soru|pertanyaan|câu hỏi|pytanie|سؤال|پرسش|सवाल|प्रश्न|问|問|質問|질문)\s*\d*\s*[.:：．]/iu;
/**
 * Endings that ask the reader to agree, asserting what they ask ("…使ってるんだろ？", "…잖아요?"), or
 * that tell what the speaker saw ("…기사도 있던데요?": there was an article saying so, you know).
 */
const ASSERTING = /(だろう?|でしょう?|よね|じゃん|じゃない|잖아요?|죠|지요|던데요?)\s*$/u;

/**
 * Chinese 吗 closes a yes/no question, with or without a question mark after it ("去年9月不是早就
 * 全禁了吗。", a chat's "腾讯确认了吗", or a space).
 */
const ASKING_PARTICLES = '吗嗎';
const ASKING_PARTICLE = new RegExp(`[${ASKING_PARTICLES}]\\s*$`, 'u');
const ASKING_PARTICLE_CODES = codes(ASKING_PARTICLES);

/**
 * Turkish asks yes or no with a particle of its own, mı/mi/mu/mü and its endings, with or without a
 * question mark after it (a chat's "tencent doğruladı mı bunu yoksa söylenti mi").
 */
const TURKISH_PARTICLE =
  /(?<![\p{L}\p{N}\p{M}])m[ıiuü](?:y[dt][ıiuü]|s[ıiuü]n(?:[ıiuü]z)?|y[ıiuü]m|y[ıiuü]z|d[ıiuü]r)?(?![\p{L}\p{N}\p{M}])/u;

/**
 * How far a question's clause is looked for on either side of the words, in UTF-16 units: further,
 * it is prose, not a question (and a page of findings without a full stop costs no more than this
 * per finding).
 */
const REACH = 200;

/**
 * Whether `text[start .. end]` stands in the last clause of a question that asks yes or no, in a
 * sentence written in `languages` (those of the words found there; none: any language).
 */
export function inYesNoQuestion(
  text: string,
  start: number,
  end: number,
  languages: readonly Language[] = [],
): boolean {
  const last = Math.min(text.length, end + REACH);
  const first = Math.max(0, start - REACH);
  let listing: boolean | undefined;
  /** Whether the character at `i` ends a clause (the ideographic comma in Japanese only). */
  const endsClause = (i: number) => {
    const code = text.charCodeAt(i);
    if (code !== IDEOGRAPHIC_COMMA) return CLAUSE_MARK.has(code);
    listing ??= !KANA.test(text.slice(first, last));
    return !listing;
  };
  let close = end;
  while (close < last && !SENTENCE_END.has(text.charCodeAt(close))) {
    if (endsClause(close)) return false; // a statement, then a question
    close++;
    // A chat writes a space for the question mark after 吗 ("騰訊有出來證實嗎 還是又是傳言").
    if (ASKING_PARTICLE_CODES.has(text.charCodeAt(close - 1)) && /\s/u.test(text[close] ?? ''))
      break;
  }
  const asks =
    QUESTION_MARK.has(text.charCodeAt(close)) ||
    ASKING_PARTICLE.test(text.slice(Math.max(end, close - 4), close)) ||
    (close === text.length && QUESTION_LABEL.test(text));
  // The Turkish particle follows what it asks about: one before the words ends an earlier question.
  if (!asks)
    return (
      languages.includes('tr') && TURKISH_PARTICLE.test(text.slice(start, close).toLowerCase())
    );
  let open = start;
  while (open > first) {
    const code = text.charCodeAt(open - 1);
    // An aside in brackets stands inside the clause: "Aplikasi mana yang pada Selasa (21/8)
    // menutup…?" asks which app.
    const opener = code === 0x29 ? 0x28 : code === 0xff09 ? 0xff08 : 0;
    let aside = open - 2;
    while (opener && aside >= first && text.charCodeAt(aside) !== opener) aside--;
    if (opener && aside >= first) {
      open = aside;
      continue;
    }
    if (SENTENCE_END.has(code) || endsClause(open - 1)) break;
    open--;
  }
  const clause = text.slice(open, close);
  return (
    !asksIn(languages).test(clause.toLowerCase()) &&
    !WHAT_WITHIN.test(clause.trimStart()) &&
    !ASSERTING.test(clause)
  );
}
