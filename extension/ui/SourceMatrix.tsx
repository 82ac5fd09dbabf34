import { t } from '../platform/i18n';
import type { MatrixCell, SummaryFact, SummarySource } from '../../src/view/story-summary';
import type { Relation, TextLanguage } from '../../src/view/types';

export type SourceMatrixProps = {
  sources: SummarySource[];
  facts: SummaryFact[];
  /** The language of the facts' titles as shown. */
  language: TextLanguage;
};

/** Each relation has a colour and a shape of its own, so the matrix never relies on colour alone. */
const RELATION_KEYS: Record<Relation, string> = {
  agrees: 'matrixAgrees',
  rounds: 'matrixRounds',
  differs: 'matrixDiffers',
  contradicts: 'matrixContradicts',
  'only-this-source': 'matrixOnlyThisSource',
};
const ORDER: Relation[] = ['agrees', 'rounds', 'differs', 'contradicts', 'only-this-source'];

/** The shape for a relation, drawn in a 16×16 box (`currentColor`; the cell sets the colour). */
export function RelationGlyph({ relation }: { relation: Relation | 'none' }) {
  const shape = (() => {
    switch (relation) {
      case 'agrees':
        return <circle cx="8" cy="8" r="6" />;
      case 'rounds':
        return (
          <>
            <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="1.5" />
            <path d="M8 2.5 A5.5 5.5 0 0 1 8 13.5 Z" />
          </>
        );
      case 'differs':
        return <path d="M8 1.5 L14.5 14 L1.5 14 Z" />;
      case 'contradicts':
        return (
          <path
            d="M3 3 L13 13 M13 3 L3 13"
            fill="none"
            stroke="currentColor"
            stroke-width="3"
            stroke-linecap="round"
          />
        );
      case 'only-this-source':
        return <path d="M8 1 L15 8 L8 15 L1 8 Z" />;
      case 'none':
        return <circle cx="8" cy="8" r="1.5" />;
    }
  })();
  return (
    <svg
      class="cc-glyph"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      fill="currentColor"
    >
      {shape}
    </svg>
  );
}

/** The column header: the outlet's name without any parenthesis ("Outlet (…)" gives "Outlet"). */
function shortOutlet(outlet: string): string {
  return outlet.replace(/\s*\(.*\)\s*$/, '') || outlet;
}

/** True when a relation is a disagreement worth flagging in the matrix. */
export function disagrees(relation: Relation): boolean {
  return relation === 'differs' || relation === 'contradicts';
}

function cellLabel(cell: MatrixCell | undefined): string {
  if (!cell) return t('matrixNotReported');
  const words = t('matrixCell', [t(RELATION_KEYS[cell.relation]), t('quoted', cell.value)]);
  return cell.note ? t('matrixCellNote', [words, cell.note]) : words;
}

function reporters(fact: SummaryFact): MatrixCell[] {
  return Object.values(fact.cells).filter((c) => c !== undefined);
}

/**
 * Rows in three bands, so the eye finds the disputes first: facts the outlets disagree on, facts
 * several outlets agree on, facts only one outlet reports. Most reported first within a band.
 */
export function groups(facts: SummaryFact[]): { key: string; facts: SummaryFact[] }[] {
  const byReach = (a: SummaryFact, b: SummaryFact) => reporters(b).length - reporters(a).length;
  const split = facts.filter((f) => reporters(f).some((c) => disagrees(c.relation)));
  const rest = facts.filter((f) => !split.includes(f));
  return [
    { key: 'matrixGroupDisputed', facts: split.sort(byReach) },
    { key: 'matrixGroupShared', facts: rest.filter((f) => reporters(f).length > 1).sort(byReach) },
    { key: 'matrixGroupSingle', facts: rest.filter((f) => reporters(f).length <= 1) },
  ];
}

function Row({
  fact,
  sources,
  language,
}: {
  fact: SummaryFact;
  sources: SummarySource[];
  language: TextLanguage;
}) {
  const split = reporters(fact).some((c) => disagrees(c.relation));
  return (
    <tr class={split ? 'cc-matrix-split' : undefined} data-fact={fact.id}>
      <th scope="row" title={fact.title} lang={language}>
        {split && (
          <span class="cc-split-flag" aria-hidden="true">
            !
          </span>
        )}
        {fact.title}
      </th>
      {sources.map((source) => {
        const cell = fact.cells[source.id];
        const label = cellLabel(cell);
        return (
          <td
            key={source.id}
            class={`cc-cell cc-rel-${cell?.relation ?? 'none'}`}
            title={t('matrixCellTitle', [source.outlet, label])}
            data-relation={cell?.relation ?? 'none'}
          >
            <RelationGlyph relation={cell?.relation ?? 'none'} />
            <span class="cc-visually-hidden">{label}</span>
          </td>
        );
      })}
    </tr>
  );
}

/**
 * The source-by-fact matrix: one row per fact, one column per outlet, a coloured shape per cell for
 * what that outlet said; rows where outlets disagree are flagged. A real table for screen readers.
 */
export default function SourceMatrix({ sources, facts, language }: SourceMatrixProps) {
  const used = new Set(facts.flatMap((fact) => Object.values(fact.cells).map((c) => c?.relation)));
  return (
    <figure class="cc-matrix" data-testid="source-matrix">
      <figcaption class="cc-legend" aria-hidden="true">
        {ORDER.filter((relation) => used.has(relation)).map((relation) => (
          <span key={relation} class={`cc-legend-item cc-rel-${relation}`}>
            <RelationGlyph relation={relation} />
            {t(RELATION_KEYS[relation])}
          </span>
        ))}
        <span class="cc-legend-item cc-rel-none">
          <RelationGlyph relation="none" />
          {t('matrixNotReported')}
        </span>
      </figcaption>
      <div class="cc-matrix-scroll">
        <table>
          <caption class="cc-visually-hidden">{t('matrixCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" class="cc-matrix-corner">
                <span class="cc-visually-hidden">{t('matrixFactColumn')}</span>
              </th>
              {sources.map((source) => (
                <th scope="col" key={source.id} class="cc-matrix-outlet" title={source.outlet}>
                  <span>{shortOutlet(source.outlet)}</span>
                </th>
              ))}
            </tr>
          </thead>
          {groups(facts).map((group) =>
            group.facts.length === 0 ? null : (
              <tbody key={group.key} data-group={group.key}>
                <tr class="cc-matrix-group">
                  <th scope="colgroup" colSpan={sources.length + 1}>
                    {t(group.key, group.facts.length)}
                  </th>
                </tr>
                {group.facts.map((fact) => (
                  <Row key={fact.id} fact={fact} sources={sources} language={language} />
                ))}
              </tbody>
            ),
          )}
        </table>
      </div>
    </figure>
  );
}
