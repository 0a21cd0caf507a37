import { useEffect, useState } from 'react';
import { listMicrophones } from '../recording/microphone';

/** The microphone list; the choice is remembered in settings. Refreshes when devices change. */
export function MicrophonePicker(props: {
  value: string;
  onChange: (deviceId: string) => void;
  disabled: boolean;
}) {
  const [devices, setDevices] = useState<MediaDeviceInfo[] | null>(null);

  useEffect(() => {
    const refresh = () =>
      void listMicrophones()
        .then(setDevices)
        .catch(() => setDevices([]));
    refresh();
    navigator.mediaDevices?.addEventListener('devicechange', refresh);
    return () => navigator.mediaDevices?.removeEventListener('devicechange', refresh);
  }, [props.disabled]);

  // A saved choice that is not plugged in stays chosen (never silently replaced by the default),
  // and says so: recording would fail until it is back or another one is picked.
  const missing =
    devices !== null && props.value !== '' && !devices.some((d) => d.deviceId === props.value);
  return (
    <div className="field">
      <label htmlFor="microphone">Microphone</label>
      <select
        id="microphone"
        value={devices === null ? '' : props.value}
        aria-describedby={missing ? 'microphone-missing' : undefined}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.value)}
      >
        <option value="">System default</option>
        {missing && <option value={props.value}>Chosen microphone (not connected)</option>}
        {(devices ?? [])
          .filter((d) => d.deviceId && d.deviceId !== 'default')
          .map((d, i) => (
            <option key={d.deviceId} value={d.deviceId}>
              {d.label || `Microphone ${i + 1}`}
            </option>
          ))}
      </select>
      {missing && (
        <p id="microphone-missing" className="notice notice-warning">
          The microphone you chose is not connected. Plug it in, or pick another one (System default
          records from whatever the system uses).
        </p>
      )}
    </div>
  );
}
