/**
 * Text as the first stage's anchors see it: the matcher's tokens (`foldStream`: a word of a spaced
 * script, or one CJK character), in runs the matcher reads across: words with separators between
 * them, CJK characters with white space or ASCII punctuation between them or none, a word and a CJK
 * character side by side ("124家"). A kept mark (an apostrophe, a full stop) is a token of its own
 * and CJK punctuation a break: both end a run. A phrase and a page are cut the same way, so tokens
 * in a row in a phrase's run are in a row in a run of any page text the matcher finds it in.
 */
import { CJK, KIND, WORD } from '../text/char-class.ts';
import { BOUNDARY_CODE, SPACE_CODE, foldStream } from '../text/fold-stream.ts';

/** Runs of tokens, folded: words, and CJK characters one by one. */
export function runsOf(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let word = '';
  const endWord = () => {
    if (word !== '') run.push(word);
    word = '';
  };
  for (const code of foldStream(text).codes) {
    const kind = KIND[code];
    if (kind === WORD) word += String.fromCharCode(code);
    else if (code === BOUNDARY_CODE || code === SPACE_CODE) endWord();
    else if (kind === CJK) {
      endWord();
      run.push(String.fromCharCode(code));
    } else {
      // A break or a kept mark.
      endWord();
      if (run.length > 0) runs.push(run);
      run = [];
    }
  }
  endWord();
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Whether a token is a CJK character (not a word). */
export function isCjk(token: string): boolean {
  return KIND[token.charCodeAt(0)] === CJK;
}

/** Tokens in a row as an anchor's text: a space between two words, nothing next to CJK. */
export function joinTokens(tokens: readonly string[]): string {
  let out = '';
  tokens.forEach((token, i) => {
    if (i > 0 && !isCjk(token) && !isCjk(tokens[i - 1] as string)) out += ' ';
    out += token;
  });
  return out;
}
