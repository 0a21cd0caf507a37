/** The review's keyboard shortcuts, in words. */
export function ShortcutHint() {
  return (
    <p className="shortcut-hint">
      Keyboard: <kbd>Space</kbd> play or pause · <kbd>←</kbd> <kbd>→</kbd> seek 5 s (with{' '}
      <kbd>Shift</kbd>: 1 s) · <kbd>J</kbd> <kbd>K</kbd> previous or next flag · <kbd>R</kbd> record
      again · <kbd>Tab</kbd> reaches every control.
    </p>
  );
}
