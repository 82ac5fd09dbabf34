import type { Verdict } from '../../src/stories/vocabulary';
import { t } from '../platform/i18n';

/** Icon per verdict: the shape says it too, for readers who do not tell the colours apart. */
export const VERDICT_ICONS: Record<Verdict, string> = {
  agrees: '✓',
  rounds: '≈',
  differs: '≠',
  beyond: '+',
};

const KEYS: Record<Verdict, string> = {
  agrees: 'verdictAgrees',
  rounds: 'verdictRounds',
  differs: 'verdictDiffers',
  beyond: 'verdictBeyond',
};

/**
 * The localised label of a verdict ("Agrees", "Rounded"…). Kept apart from Verdict.tsx so the
 * content script's first chunk can name a verdict without bundling Preact.
 */
export function verdictLabel(verdict: Verdict): string {
  return t(KEYS[verdict]);
}
