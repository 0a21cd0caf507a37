import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { calls, IPC_PREFIX, type BridgeResult } from '../../shared/contract';
import type { EventHub } from '../services/bridge/event-hub';
import type { HandlerTable } from '../services/bridge/handler-table';
import { dispatchCall } from '../services/bridge/dispatch';

/** Decides whether an IPC message comes from our own window showing our own page. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/** The single channel events travel on: (eventName, payload). */
const EVENT_CHANNEL = `${IPC_PREFIX}event`;

/** Our page's URL without its fragment (an in-page link such as the skip link adds `#main`). */
export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** A sender check that accepts only the main frame (not a subframe) of the given webContents,
 * showing exactly our page: the same URL, not one that merely starts with it. */
export function ownWindowSenderCheck(
  allowedWebContentsIds: () => number[],
  pageUrl: string,
): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    return (
      allowedWebContentsIds().includes(event.sender.id) && withoutFragment(frame.url) === pageUrl
    );
  };
}

/** Registers one `ipcMain.handle` per contract call. Every payload is parsed by the call's schema
 * (in dispatchCall) and every sender checked; a foreign sender is refused before dispatch.
 * Returns a function that removes the handlers. */
export function registerIpcHandlers(handlers: HandlerTable, isOwnSender: SenderCheck): () => void {
  const names = Object.keys(calls);
  for (const name of names) {
    ipcMain.handle(
      `${IPC_PREFIX}${name}`,
      async (event, payload): Promise<BridgeResult<unknown>> => {
        if (!isOwnSender(event)) {
          return {
            ok: false,
            error: {
              code: 'forbidden',
              message: 'Refused a call from outside the Rehearse window.',
            },
          };
        }
        return dispatchCall(handlers, name, payload);
      },
    );
  }
  return () => names.forEach((name) => ipcMain.removeHandler(`${IPC_PREFIX}${name}`));
}

/** Forwards every service event to our windows on the event channel; returns the unsubscribe. */
export function forwardEvents(
  hub: EventHub,
  targets: () => { send(channel: string, ...args: unknown[]): void }[],
): () => void {
  return hub.subscribe((name, payload) => {
    for (const target of targets()) target.send(EVENT_CHANNEL, name, payload);
  });
}
