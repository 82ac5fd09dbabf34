import type { Verdict as VerdictValue } from '../../src/stories/vocabulary';
import { t } from '../platform/i18n';

export type VerdictProps = { verdict: VerdictValue };

/** Icon per verdict: the shape says it too, for readers who do not tell the colours apart. */
const ICONS: Record<VerdictValue, string> = {
  agrees: '✓',
  rounds: '≈',
  differs: '≠',
  beyond: '+',
};

const KEYS: Record<VerdictValue, string> = {
  agrees: 'verdictAgrees',
  rounds: 'verdictRounds',
  differs: 'verdictDiffers',
  beyond: 'verdictBeyond',
};

/** The localised label of a verdict ("Agrees", "Rounded"…), for text that is not a badge. */
export function verdictLabel(verdict: VerdictValue): string {
  return t(KEYS[verdict]);
}

/**
 * A verdict badge: icon + word + colour (styles: `.cc-verdict` in ui/theme.css). Used by the card
 * and the popup.
 */
export default function Verdict({ verdict }: VerdictProps) {
  return (
    <span class={`cc-verdict cc-verdict--${verdict}`} data-verdict={verdict} data-testid="verdict">
      <span class="cc-verdict__icon" aria-hidden="true">
        {ICONS[verdict]}
      </span>
      <span class="cc-verdict__label">{verdictLabel(verdict)}</span>
    </span>
  );
}
