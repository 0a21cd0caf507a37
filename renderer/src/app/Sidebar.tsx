import { useRef, type KeyboardEvent } from 'react';
import { screens, type ScreenId } from './routes';

/** The main navigation: Tab reaches it, arrow keys move within it, Enter opens a screen, and
 * Ctrl/Cmd+1..6 jumps from anywhere (wired in App). */
export function Sidebar(props: { current: ScreenId; onNavigate: (id: ScreenId) => void }) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step === undefined && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const last = screens.length - 1;
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? last
          : (index + step! + last + 1) % (last + 1);
    refs.current[next]?.focus();
  };

  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          R
        </span>
        Rehearse
      </div>
      <ul>
        {screens.map((screen, index) => (
          <li key={screen.id}>
            <button
              ref={(el) => {
                refs.current[index] = el;
              }}
              type="button"
              className="nav-item"
              aria-current={props.current === screen.id ? 'page' : undefined}
              onClick={() => props.onNavigate(screen.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
              title={`${screen.label} (Ctrl+${index + 1})`}
            >
              <span className="nav-icon" aria-hidden="true">
                {screen.icon}
              </span>
              {screen.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
