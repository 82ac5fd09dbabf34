/**
 * Numbers written as words, so a cue's "124" also finds "one hundred and twenty-four", "сто двадцать
 * четыре" and "一百二十四". The matcher compiles these spellings in beside the digits: pages are never
 * parsed for number words, which keeps the scan linear and hostile runs ("one one one…") harmless.
 */
import type { Language } from '../stories/schema.ts';

const EN_UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = [
  '',
  '',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
];

function enBelow100(n: number): string {
  if (n < 20) return EN_UNITS[n] ?? '';
  const tens = EN_TENS[Math.floor(n / 10)] ?? '';
  return n % 10 === 0 ? tens : `${tens} ${EN_UNITS[n % 10] ?? ''}`;
}

/** English spellings of 0…999 ("one hundred and twenty four", "a hundred twenty four"…). */
function english(n: number): string[] {
  if (n < 100) return [enBelow100(n)];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const heads = hundreds === 1 ? ['one hundred', 'a hundred'] : [`${EN_UNITS[hundreds]} hundred`];
  if (rest === 0) return heads;
  return heads.flatMap((h) => [`${h} and ${enBelow100(rest)}`, `${h} ${enBelow100(rest)}`]);
}

// Russian: nominative and genitive ("более ста двадцати четырёх"), the two cases numbers take most
// in news copy. ё is folded to е by the normaliser, so it is written е here.
const RU_UNITS_NOM = [
  '',
  'один',
  'два',
  'три',
  'четыре',
  'пять',
  'шесть',
  'семь',
  'восемь',
  'девять',
];
const RU_UNITS_GEN = [
  '',
  'одного',
  'двух',
  'трех',
  'четырех',
  'пяти',
  'шести',
  'семи',
  'восьми',
  'девяти',
];
const RU_TEENS_NOM = [
  'десять',
  'одиннадцать',
  'двенадцать',
  'тринадцать',
  'четырнадцать',
  'пятнадцать',
  'шестнадцать',
  'семнадцать',
  'восемнадцать',
  'девятнадцать',
];
const RU_TENS_NOM = [
  '',
  '',
  'двадцать',
  'тридцать',
  'сорок',
  'пятьдесят',
  'шестьдесят',
  'семьдесят',
  'восемьдесят',
  'девяносто',
];
const RU_TENS_GEN = [
  '',
  '',
  'двадцати',
  'тридцати',
  'сорока',
  'пятидесяти',
  'шестидесяти',
  'семидесяти',
  'восьмидесяти',
  'девяноста',
];
const RU_HUNDREDS_NOM = [
  '',
  'сто',
  'двести',
  'триста',
  'четыреста',
  'пятьсот',
  'шестьсот',
  'семьсот',
  'восемьсот',
  'девятьсот',
];
const RU_HUNDREDS_GEN = [
  '',
  'ста',
  'двухсот',
  'трехсот',
  'четырехсот',
  'пятисот',
  'шестисот',
  'семисот',
  'восьмисот',
  'девятисот',
];

function russianCase(n: number, genitive: boolean): string {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) words.push((genitive ? RU_HUNDREDS_GEN : RU_HUNDREDS_NOM)[hundreds] ?? '');
  if (rest >= 10 && rest < 20) {
    const teen = RU_TEENS_NOM[rest - 10] ?? '';
    words.push(genitive ? teen.slice(0, -1) + 'и' : teen);
  } else {
    if (rest >= 20) words.push((genitive ? RU_TENS_GEN : RU_TENS_NOM)[Math.floor(rest / 10)] ?? '');
    if (rest % 10 > 0) words.push((genitive ? RU_UNITS_GEN : RU_UNITS_NOM)[rest % 10] ?? '');
  }
  if (n === 0) words.push(genitive ? 'нуля' : 'ноль');
  return words.join(' ');
}

function russian(n: number): string[] {
  return [...new Set([russianCase(n, false), russianCase(n, true)])];
}

const ZH_DIGITS = '零一二三四五六七八九';

/** Chinese numerals for 0…999 (一百二十四, 一百零五, 十二 and 一十二). */
function chinese(n: number): string[] {
  if (n < 10) return [ZH_DIGITS[n] ?? ''];
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  let s = hundreds > 0 ? `${ZH_DIGITS[hundreds]}百` : '';
  if (tens > 0) s += `${ZH_DIGITS[tens]}十`;
  else if (hundreds > 0 && units > 0) s += '零';
  if (units > 0) s += ZH_DIGITS[units] ?? '';
  const out = [s];
  // Below 20, "十二" is usual and "一十二" is also seen.
  if (hundreds === 0 && tens === 1) out.push(s.slice(1));
  return out;
}

/** Word spellings of a whole number in a language, or none when it is out of range (years, ids). */
export function numberWords(n: number, lang: Language): string[] {
  if (!Number.isInteger(n) || n < 0 || n > 999) return [];
  if (lang === 'en') return english(n);
  if (lang === 'ru') return russian(n);
  return chinese(n);
}

/**
 * The phrase with each standalone whole number also spelled out in the cue's language, digits
 * kept. A number inside "1.5" or "4,858" is left alone; so is one with a leading zero.
 */
export function withNumberWords(phrase: string, lang: Language): string[] {
  let variants = [phrase];
  const re = /\d+/g;
  const runs: { at: number; digits: string }[] = [];
  for (let m = re.exec(phrase); m !== null; m = re.exec(phrase)) {
    const before = phrase[m.index - 1] ?? ' ';
    const after = phrase[m.index + m[0].length] ?? ' ';
    const glued = (ch: string): boolean =>
      /[.,]/.test(ch) || (lang !== 'zh' && /[\p{L}]/u.test(ch));
    if (glued(before) || glued(after) || (m[0].length > 1 && m[0].startsWith('0'))) continue;
    runs.push({ at: m.index, digits: m[0] });
  }
  // Right to left, so earlier offsets stay valid while splicing.
  for (const run of runs.reverse()) {
    const words = numberWords(Number(run.digits), lang);
    if (words.length === 0) continue;
    variants = variants.flatMap((v) => [
      v,
      ...words.map((w) => v.slice(0, run.at) + w + v.slice(run.at + run.digits.length)),
    ]);
  }
  return variants;
}
