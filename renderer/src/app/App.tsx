import { useCallback, useEffect, useRef, useState } from 'react';
import { ScreenView } from '../screens/ScreenView';
import { Notices } from './Notices';
import { screens, type ScreenId } from './routes';
import { Sidebar } from './Sidebar';
import { useAppState } from './use-app-state';
import { useTheme } from './use-theme';

/** The app shell: navigation, notices and the current screen. */
export function App() {
  const state = useAppState();
  const [current, setCurrent] = useState<ScreenId>('practice');
  // Counts navigations, so choosing the screen already shown still moves focus to its content.
  const [navigations, setNavigations] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useTheme(state.settings?.theme);

  const navigate = useCallback((id: ScreenId) => {
    setCurrent(id);
    setNavigations((n) => n + 1);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const screen = screens[Number(event.key) - 1];
      if (screen) {
        event.preventDefault();
        navigate(screen.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  // Move focus to the new screen's heading so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (navigations > 0) headingRef.current?.focus();
  }, [navigations]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Sidebar current={current} onNavigate={navigate} />
      <main id="main" className="content">
        <Notices state={state} />
        <ScreenView screen={current} state={state} headingRef={headingRef} />
      </main>
    </div>
  );
}
