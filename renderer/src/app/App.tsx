import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { RecoveryBanner } from '../attempts/RecoveryBanner';
import { ScreenView } from '../screens/ScreenView';
import { NavigationContext, type Route } from './navigation';
import { Notices } from './Notices';
import { screens } from './routes';
import { Sidebar } from './Sidebar';
import { useAppState } from './use-app-state';
import { useTheme } from './use-theme';

/** The app shell: navigation, notices and the current screen. */
export function App() {
  const state = useAppState();
  const [route, setRoute] = useState<Route>({ screen: 'practice' });
  // Counts navigations, so choosing the screen already shown still moves focus to its content.
  const [navigations, setNavigations] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useTheme(state.settings?.theme);

  const navigate = useCallback((next: Route) => {
    setRoute(next);
    setNavigations((n) => n + 1);
  }, []);
  const navigation = useMemo(() => ({ route, navigate }), [route, navigate]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const screen = screens[Number(event.key) - 1];
      if (screen) {
        event.preventDefault();
        navigate({ screen: screen.id });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  // Move focus to the new screen's heading so keyboard and screen-reader users land on it.
  // A screen that loads first shows its heading a moment later: keep trying for about a second.
  useEffect(() => {
    if (navigations === 0) return;
    let frame = 0;
    let tries = 0;
    const focus = () => {
      if (headingRef.current) headingRef.current.focus();
      else if (tries++ < 60) frame = requestAnimationFrame(focus);
    };
    focus();
    return () => cancelAnimationFrame(frame);
  }, [navigations]);

  return (
    <NavigationContext.Provider value={navigation}>
      <div className="shell">
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <Sidebar current={route.screen} onNavigate={(screen) => navigate({ screen })} />
        <main id="main" className="content">
          <Notices state={state} />
          <RecoveryBanner />
          <ScreenView
            key={`${route.screen}:${route.attemptId ?? ''}`}
            screen={route.screen}
            state={state}
            headingRef={headingRef}
          />
        </main>
      </div>
    </NavigationContext.Provider>
  );
}
