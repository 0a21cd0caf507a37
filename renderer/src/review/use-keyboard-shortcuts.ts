import { useEffect } from 'react';

/** What the review's keys do. */
export type ShortcutActions = {
  togglePlay: () => void;
  seekBy: (seconds: number) => void;
  jumpToFlag: (direction: 'next' | 'previous') => void;
};

/** Seconds an arrow key moves the playhead (Shift for a finer step). */
const SEEK_STEP_SEC = 5;
const FINE_STEP_SEC = 1;

/** Controls that use these keys themselves: a focused button clicks on Space, a select or field
 * takes arrows and letters, and the sidebar moves between items with arrows. */
const OWN_KEYS = 'input, select, textarea, [contenteditable], [role="slider"], nav';

/** Review keys: Space play/pause, Left/Right seek (Shift: 1 s), J/K previous/next flag. */
export function useKeyboardShortcuts(actions: ShortcutActions, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest(OWN_KEYS)) return;
      const step = event.shiftKey ? FINE_STEP_SEC : SEEK_STEP_SEC;
      if (event.code === 'Space') {
        if (event.repeat || target?.closest('button, summary, a')) return;
        actions.togglePlay();
      } else if (event.key === 'ArrowLeft') actions.seekBy(-step);
      else if (event.key === 'ArrowRight') actions.seekBy(step);
      else if (event.key.toLowerCase() === 'j' && !event.shiftKey) actions.jumpToFlag('previous');
      else if (event.key.toLowerCase() === 'k' && !event.shiftKey) actions.jumpToFlag('next');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, enabled]);
}
