import os from 'node:os';
import type { Notice } from '../../shared/contract';
import { EventHub } from './bridge/event-hub';
import type { HandlerTable } from './bridge/handler-table';
import type { SettingsStore } from './settings/settings-store';

/** What the app's services need from whichever process hosts them. */
export type AppServicesOptions = {
  dataDir: string;
  settings: SettingsStore;
  transport: 'electron' | 'preview';
  version: string;
};

/** The services behind the bridge, and the handler table both transports dispatch into. */
export type AppServices = {
  handlers: HandlerTable;
  events: EventHub;
};

/** Builds every service once and wires each contract call to its implementation. */
export function createAppServices(options: AppServicesOptions): AppServices {
  const events = new EventHub();
  const notices: Notice[] = [];
  if (options.settings.recoveryNotice) {
    notices.push({ level: 'warning', message: options.settings.recoveryNotice });
  }
  const handlers: HandlerTable = {
    'app/info': () => ({
      name: 'Rehearse',
      version: options.version,
      platform: `${os.platform()}-${os.arch()}`,
      transport: options.transport,
      dataDir: options.dataDir,
      notices,
    }),
    'settings/get': () => options.settings.get(),
    'settings/set': (patch) => {
      const next = options.settings.set(patch);
      events.emit('settings/changed', next);
      return next;
    },
  };
  return { handlers, events };
}
