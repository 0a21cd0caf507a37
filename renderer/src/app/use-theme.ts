import { useEffect } from 'react';
import type { Settings } from '../../../shared/settings';

/** Applies the theme to <html data-theme>: the user's choice, or the system's while it is 'system',
 * following the system live as it changes. */
export function useTheme(theme: Settings['theme'] | undefined): void {
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const resolved = theme && theme !== 'system' ? theme : query.matches ? 'dark' : 'light';
      document.documentElement.dataset.theme = resolved;
    };
    apply();
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [theme]);
}
