import { memo } from 'react';
import type { StarAnalysis } from '../../../shared/analysis/types';
import { clock } from '../ui/format';
import { useElementWidth } from '../ui/use-element-width';

/** Roughly how wide a label is at the band's font size: about 7 px a letter plus padding. */
const labelPx = (text: string) => text.length * 7 + 14;

/** The label that fits a segment `px` wide: the part's name, else its initial, else nothing (the
 * button still names the part for screen readers and in its tooltip). Never an ellipsis. */
function fittingLabel(label: string, px: number): string {
  if (px >= labelPx(label)) return label;
  return px >= labelPx('W') ? label[0]! : '';
}
import { STAR_PART_LABEL } from '../../../shared/review/kinds';

/** The STAR-L parts as a band under the waveform, aligned with it; each part is a button that
 * plays from where it starts. Each stretch runs to the next one's start, so pauses belong to the
 * part before them (as the engine counts them). */
export const StarBand = memo(function StarBand(props: {
  segments: StarAnalysis['segments'];
  duration: number;
  onPlayFrom: (seconds: number) => void;
}) {
  const [band, width] = useElementWidth();
  const timed = props.segments.filter((s) => s.startSec !== undefined);
  if (!timed.length || props.duration <= 0) return null;
  const pct = (s: number) => `${(Math.min(s, props.duration) / props.duration) * 100}%`;
  return (
    <div ref={band} className="star-band" role="group" aria-label="STAR-L parts on the timeline">
      {timed.map((seg, i) => {
        const start = seg.startSec!;
        const end = timed[i + 1]?.startSec ?? seg.endSec ?? start;
        const label = STAR_PART_LABEL[seg.part];
        return (
          <button
            key={`${seg.part}-${seg.start}`}
            type="button"
            className={`star-segment p-${seg.part}`}
            style={{ left: pct(start), width: `calc(${pct(end)} - ${pct(start)})` }}
            aria-label={`${label}, ${clock(start)} to ${clock(end)}: play from here`}
            title={`${label} ${clock(start)}–${clock(end)}`}
            data-part={seg.part}
            data-start-sec={start}
            onClick={() => props.onPlayFrom(start)}
          >
            <span className="star-segment-label" aria-hidden="true">
              {fittingLabel(label, ((end - start) / props.duration) * width)}
            </span>
          </button>
        );
      })}
    </div>
  );
});
