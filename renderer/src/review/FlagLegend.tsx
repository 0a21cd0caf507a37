import type { FlagKind } from '../../../shared/analysis/types';
import { FLAG_KIND_META, FLAG_KIND_ORDER } from '../../../shared/review/kinds';

/** The colour key of the highlights with a count per kind; each entry also shows or hides its
 * kind (aria-pressed says which are shown). */
export function FlagLegend(props: {
  counts: Record<FlagKind, number>;
  hidden: ReadonlySet<FlagKind>;
  onToggle: (kind: FlagKind) => void;
  onShowAll: () => void;
}) {
  return (
    <div className="flag-legend" role="group" aria-label="Highlight kinds: show or hide">
      {FLAG_KIND_ORDER.map((kind) => {
        const count = props.counts[kind] ?? 0;
        const shown = !props.hidden.has(kind);
        return (
          <button
            key={kind}
            type="button"
            className={`legend-item k-${kind}`}
            aria-pressed={shown}
            disabled={count === 0}
            data-kind={kind}
            title={FLAG_KIND_META[kind].meaning}
            onClick={() => props.onToggle(kind)}
          >
            <span className="legend-swatch" aria-hidden="true" />
            <span className="legend-name">{FLAG_KIND_META[kind].name}</span>
            <span className="legend-count">{count}</span>
          </button>
        );
      })}
      {props.hidden.size > 0 && (
        <button type="button" className="legend-reset" onClick={props.onShowAll}>
          Show all
        </button>
      )}
    </div>
  );
}
