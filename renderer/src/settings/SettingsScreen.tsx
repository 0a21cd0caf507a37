import { useState, type RefObject } from 'react';
import type { Settings } from '../../../shared/settings';
import type { AppState } from '../app/use-app-state';
import { MicrophonePicker } from '../practice/MicrophonePicker';
import { DataSection } from './DataSection';
import { ModelsSection } from './ModelsSection';

/** Settings: theme, microphone, recording limit, the speech model and your data, saved as they
 * change. */
export function SettingsScreen(props: {
  state: AppState;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { settings, info, updateSettings } = props.state;
  const [error, setError] = useState<string | null>(null);

  const save = (patch: Partial<Settings>) => {
    setError(null);
    updateSettings(patch).catch((e: Error) => setError(e.message));
  };

  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1} ref={props.headingRef}>
        Settings
      </h1>
      {!settings ? (
        <p className="lead">Loading settings…</p>
      ) : (
        <form className="settings-form" onSubmit={(e) => e.preventDefault()}>
          <fieldset>
            <legend>Appearance</legend>
            <label htmlFor="theme">Theme</label>
            <select
              id="theme"
              value={settings.theme}
              onChange={(e) => save({ theme: e.target.value as Settings['theme'] })}
            >
              <option value="system">Follow the system</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </fieldset>
          <fieldset>
            <legend>Recording</legend>
            <MicrophonePicker
              value={settings.microphoneDeviceId}
              disabled={false}
              onChange={(id) => save({ microphoneDeviceId: id })}
            />
            <label htmlFor="max-recording">Stop a recording after (minutes)</label>
            <input
              id="max-recording"
              type="number"
              min={1}
              max={60}
              value={Math.round(settings.maxRecordingSec / 60)}
              onChange={(e) => {
                const minutes = Number(e.target.value);
                if (minutes >= 1 && minutes <= 60) save({ maxRecordingSec: minutes * 60 });
              }}
            />
            <p className="field-help">
              Answers aim for {settings.targetMinSec} to {settings.targetMaxSec} seconds; the limit
              only guards against a recording left running.
            </p>
            <label className="checkbox-row">
              <input
                type="checkbox"
                checked={settings.liveTranscript}
                onChange={(e) => save({ liveTranscript: e.target.checked })}
              />
              Show the transcript, pace, fillers and hedges while I speak
            </label>
          </fieldset>
          {error && (
            <p className="notice notice-error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
      {settings && <ModelsSection />}
      {settings && <DataSection />}
      {info && (
        <dl className="about">
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Data folder</dt>
          <dd>
            <code>{info.dataDir}</code>
          </dd>
          <dt>Running as</dt>
          <dd>{info.transport === 'electron' ? 'Desktop app' : 'Browser preview'}</dd>
        </dl>
      )}
    </section>
  );
}
