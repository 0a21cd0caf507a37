import { useEffect } from 'react';

/** What the review's keys do. */
export type ShortcutActions = {
  togglePlay: () => void;
  seekBy: (seconds: number) => void;
  jumpToFlag: (direction: 'next' | 'previous') => void;
  recordAgain: () => void;
};

/** Seconds an arrow key moves the playhead (Shift for a finer step). */
const SEEK_STEP_SEC = 5;
const FINE_STEP_SEC = 1;

/** Where typing goes: these keep every key to themselves. */
const TEXT_FIELDS = 'input, select, textarea, [contenteditable]';
/** Controls that use arrows or letters themselves (a slider, the sidebar's arrow keys, a menu). */
const OWN_KEYS = `${TEXT_FIELDS}, [role="slider"], nav, [role="menu"], dialog`;

/** Space is play/pause on the review unless a text field has focus, even when a flag tag or
 * another button has focus (so Space after clicking a flag pauses instead of replaying it). */
function spaceIsPlayPause(target: HTMLElement | null): boolean {
  return !target?.closest(`${TEXT_FIELDS}, nav, dialog`);
}

/** Review keys: Space play/pause, Left/Right seek (Shift: 1 s), J/K previous/next flag from the
 * playhead, R record this question again. */
export function useKeyboardShortcuts(actions: ShortcutActions, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (event.code === 'Space') {
        if (!spaceIsPlayPause(target)) return;
        // Also stops a focused button from clicking itself on this Space.
        event.preventDefault();
        if (!event.repeat) actions.togglePlay();
        return;
      }
      if (target?.closest(OWN_KEYS)) return;
      const step = event.shiftKey ? FINE_STEP_SEC : SEEK_STEP_SEC;
      const key = event.key.toLowerCase();
      if (event.key === 'ArrowLeft') actions.seekBy(-step);
      else if (event.key === 'ArrowRight') actions.seekBy(step);
      else if (key === 'j' && !event.shiftKey) actions.jumpToFlag('previous');
      else if (key === 'k' && !event.shiftKey) actions.jumpToFlag('next');
      else if (key === 'r' && !event.shiftKey && !event.repeat) actions.recordAgain();
      else return;
      event.preventDefault();
    };
    // A button clicks on Space's keyup: swallow that too, or the flag would replay after pausing.
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.code === 'Space' && spaceIsPlayPause(event.target as HTMLElement | null))
        event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [actions, enabled]);
}
