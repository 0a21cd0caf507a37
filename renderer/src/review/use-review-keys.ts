import { useCallback, useMemo } from 'react';
import type { Flag } from '../../../shared/analysis/types';
import { adjacentFlag } from '../../../shared/review/transcript-pieces';
import type { Replay } from '../replay/use-replay';
import { flagDomId } from './flag-ids';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';

/** Binds the review's keys to the replay: J/K play the previous/next shown flag from the playhead
 * and move focus to its tag, so its reason shows and a screen reader reads it; R records again. */
export function useReviewKeys(replay: Replay, flags: readonly Flag[], recordAgain: () => void) {
  const { player, controls, state } = replay;
  const jumpToFlag = useCallback(
    (direction: 'next' | 'previous') => {
      if (!player) return;
      const i = adjacentFlag(flags, player.getCurrentTime(), direction);
      const flag = flags[i];
      if (!flag || flag.startSec === undefined) return;
      controls.playFrom(flag.startSec);
      document.getElementById(flagDomId(flag))?.focus();
    },
    [player, flags, controls],
  );
  const actions = useMemo(
    () => ({ togglePlay: controls.toggle, seekBy: controls.seekBy, jumpToFlag, recordAgain }),
    [controls, jumpToFlag, recordAgain],
  );
  useKeyboardShortcuts(actions, state.ready);
}
