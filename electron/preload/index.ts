import { contextBridge, ipcRenderer } from 'electron';
import {
  AUDIO_SCHEME,
  IPC_PREFIX,
  isCallName,
  isEventName,
  type EventName,
} from '../../shared/contract';

// Exposes exactly one object, `window.rehearse`: invoke a contract call, or listen to a contract
// event. Names outside the contract are refused here too, before anything reaches main.
const EVENT_CHANNEL = `${IPC_PREFIX}event`;
const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

ipcRenderer.on(EVENT_CHANNEL, (_event, name: unknown, payload: unknown) => {
  if (!isEventName(name)) return;
  for (const listener of listeners.get(name) ?? []) listener(payload);
});

contextBridge.exposeInMainWorld('rehearse', {
  transport: 'electron',
  invoke(name: unknown, payload: unknown) {
    if (!isCallName(name)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown-call', message: `Unknown call "${String(name)}".` },
      });
    }
    return ipcRenderer.invoke(`${IPC_PREFIX}${name}`, payload);
  },
  audioUrl(attemptId: unknown) {
    return `${AUDIO_SCHEME}://attempt/${encodeURIComponent(String(attemptId))}`;
  },
  on(name: unknown, listener: (payload: unknown) => void) {
    if (!isEventName(name) || typeof listener !== 'function') return () => undefined;
    const set = listeners.get(name) ?? new Set();
    set.add(listener);
    listeners.set(name, set);
    return () => set.delete(listener);
  },
});
