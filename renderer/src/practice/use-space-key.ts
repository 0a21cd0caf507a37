import { useEffect } from 'react';

/** Calls `action` on Space unless focus is in a control that uses Space itself (a focused button
 * already clicks on Space, so handling it here too would toggle twice). */
export function useSpaceKey(action: () => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.code !== 'Space' || event.repeat) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('button, input, select, textarea, [role="slider"], [contenteditable]'))
        return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [action, enabled]);
}
