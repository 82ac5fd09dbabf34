import type { Verdict as VerdictValue } from '../../src/stories/vocabulary';
import { VERDICT_ICONS, verdictLabel } from './verdict-label';

export { verdictLabel };

export type VerdictProps = { verdict: VerdictValue };

/**
 * A verdict badge: icon + word + colour (styles: `.cc-verdict` in ui/theme.css). Used by the card
 * and the popup.
 */
export default function Verdict({ verdict }: VerdictProps) {
  return (
    <span class={`cc-verdict cc-verdict--${verdict}`} data-verdict={verdict} data-testid="verdict">
      <span class="cc-verdict__icon" aria-hidden="true">
        {VERDICT_ICONS[verdict]}
      </span>
      <span class="cc-verdict__label">{verdictLabel(verdict)}</span>
    </span>
  );
}
