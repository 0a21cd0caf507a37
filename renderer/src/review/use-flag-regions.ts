import { useEffect } from 'react';
import type { Flag } from '../../../shared/analysis/types';
import { FLAG_KIND_META } from '../../../shared/review/kinds';
import type { Regions } from '../replay/use-wavesurfer';

const PREFIX = 'flag:';

/** Draws one waveform region per flag, tinted with its kind's theme colour (a CSS variable, so a
 * theme switch recolours them), redrawn when the shown flags change. Clicking one plays from it
 * (handled by the player). */
export function useFlagRegions(regions: Regions | null, ready: boolean, flags: readonly Flag[]) {
  useEffect(() => {
    if (!regions || !ready) return;
    const added = flags
      .filter((f) => f.startSec !== undefined && f.endSec !== undefined)
      .map((f) => {
        const region = regions.addRegion({
          id: `${PREFIX}${f.kind}:${f.start}`,
          start: f.startSec!,
          end: Math.max(f.endSec!, f.startSec! + 0.15),
          color: `color-mix(in srgb, var(--flag-${f.kind}) 30%, transparent)`,
          drag: false,
          resize: false,
        });
        region.element?.setAttribute('title', `${FLAG_KIND_META[f.kind].name}: “${f.text}”`);
        region.element?.setAttribute('data-kind', f.kind);
        return region;
      });
    return () => added.forEach((r) => r.remove());
  }, [regions, ready, flags]);
}
