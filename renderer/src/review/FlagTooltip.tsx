import type { Flag } from '../../../shared/analysis/types';
import { clock } from '../ui/format';
import { FLAG_KIND_META } from '../../../shared/review/kinds';

/** Where a tooltip points: its flags and the element it sits under, relative to its container. */
export type TooltipAnchor = { flags: Flag[]; top: number; left: number };

/** The reason and the suggested rewrite of the flags under the pointer or focus. Screen readers get
 * the same text from each tag's own description, so this visual copy is hidden from them. */
export function FlagTooltip(props: {
  anchor: TooltipAnchor | null;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}) {
  const { anchor } = props;
  return (
    <div
      aria-hidden="true"
      className="flag-tooltip"
      hidden={!anchor}
      style={anchor ? { top: anchor.top, left: anchor.left } : undefined}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      {anchor?.flags.map((flag) => (
        <div key={`${flag.kind}-${flag.start}`} className={`tooltip-flag k-${flag.kind}`}>
          <p className="tooltip-head">
            <span className="flag-chip">{FLAG_KIND_META[flag.kind].tag}</span>
            <q>{flag.text}</q>
            {flag.startSec !== undefined && (
              <span className="muted"> at {clock(flag.startSec)}</span>
            )}
          </p>
          <p className="tooltip-reason">{flag.reason}</p>
          {flag.suggestion && (
            <p className="tooltip-suggestion">
              <strong>Try:</strong> {flag.suggestion}
            </p>
          )}
        </div>
      ))}
    </div>
  );
}
