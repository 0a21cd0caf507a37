import { useEffect, useState } from 'react';
import { listMicrophones } from '../recording/microphone';

/** The microphone list; the choice is remembered in settings. Refreshes when devices change. */
export function MicrophonePicker(props: {
  value: string;
  onChange: (deviceId: string) => void;
  disabled: boolean;
}) {
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);

  useEffect(() => {
    const refresh = () =>
      void listMicrophones()
        .then(setDevices)
        .catch(() => setDevices([]));
    refresh();
    navigator.mediaDevices?.addEventListener('devicechange', refresh);
    return () => navigator.mediaDevices?.removeEventListener('devicechange', refresh);
  }, [props.disabled]);

  const known = devices.some((d) => d.deviceId === props.value);
  return (
    <div className="field">
      <label htmlFor="microphone">Microphone</label>
      <select
        id="microphone"
        value={known ? props.value : ''}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.value)}
      >
        <option value="">System default</option>
        {devices
          .filter((d) => d.deviceId && d.deviceId !== 'default')
          .map((d, i) => (
            <option key={d.deviceId} value={d.deviceId}>
              {d.label || `Microphone ${i + 1}`}
            </option>
          ))}
      </select>
    </div>
  );
}
