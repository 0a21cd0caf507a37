/** Reads a theme colour (a CSS custom property on <html>), with a fallback before styles load. */
function themeColor(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** Calls `onChange` whenever the resolved theme on <html data-theme> changes; returns the stop
 * function. Canvas-drawn things (the waveform, its regions) cannot follow CSS variables alone. */
export function watchTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

/** The waveform colours of the current theme. */
export function waveColors() {
  return {
    waveColor: themeColor('--wave', '#9aa5b8'),
    progressColor: themeColor('--accent', '#2f5bd3'),
    cursorColor: themeColor('--text', '#1b1f24'),
  };
}
