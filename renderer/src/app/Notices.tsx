import type { AppState } from './use-app-state';

/** Start-up notices (e.g. a corrupt file moved aside) and a load failure, shown above the screen. */
export function Notices({ state }: { state: AppState }) {
  const notices = state.info?.notices ?? [];
  if (!state.loadError && notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {state.loadError && (
        <p className="notice notice-error">Rehearse could not load: {state.loadError}</p>
      )}
      {notices.map((notice) => (
        <p key={notice.message} className={`notice notice-${notice.level}`}>
          {notice.message}
        </p>
      ))}
    </div>
  );
}
