/**
 * TEST DOUBLE for the `electron` module. The Electron binary cannot be downloaded on the machines
 * that run these tests, so unit tests of the IPC adapter alias `electron` to this file (see
 * vitest.config.ts). It records handlers the way ipcMain.handle does and lets a test invoke them.
 */
type Handler = (event: unknown, ...args: unknown[]) => unknown;

const handlers = new Map<string, Handler>();

/** Stand-in for Electron's ipcMain: records handle/removeHandler, and `invoke` runs a handler. */
export const ipcMain = {
  handle(channel: string, handler: Handler): void {
    if (handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    handlers.delete(channel);
  },
  /** Test-only: what the renderer's ipcRenderer.invoke would trigger; rejects like Electron does
   * for a channel with no handler. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  },
  /** Test-only: the registered channels. */
  channels(): string[] {
    return [...handlers.keys()];
  },
};

/** Minimal stand-ins so modules importing these names load; tests do not drive them. */
export const app = {
  on: () => undefined,
  getPath: () => '',
  getVersion: () => '0.0.0-test',
  isPackaged: false,
};
export const session = { defaultSession: {} };
/** Stand-in for Electron's net module. */
export const net = { fetch: globalThis.fetch };
export class BrowserWindow {
  static getAllWindows(): BrowserWindow[] {
    return [];
  }
}
/** Type the adapter uses for its events: `parent` is null for a main frame. */
export type IpcMainInvokeEvent = {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
};

type ProtocolHandler = (request: Request) => Promise<Response>;
const privileged: { scheme: string; privileges: Record<string, boolean> }[] = [];
const protocolHandlers = new Map<string, ProtocolHandler>();

/** Stand-in for Electron's protocol module: records privileged schemes and handlers, and lets a
 * test send a request the way the page's fetch or <audio> element would. */
export const protocol = {
  registerSchemesAsPrivileged(
    schemes: { scheme: string; privileges: Record<string, boolean> }[],
  ): void {
    privileged.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    if (protocolHandlers.has(scheme)) throw new Error(`The scheme "${scheme}" is already handled`);
    protocolHandlers.set(scheme, handler);
  },
  unhandle(scheme: string): void {
    protocolHandlers.delete(scheme);
  },
  /** Test-only: the privileges registered for a scheme. */
  privilegesOf(scheme: string): Record<string, boolean> | undefined {
    return privileged.find((p) => p.scheme === scheme)?.privileges;
  },
  /** Test-only: what a request to the scheme would get; rejects like Electron without a handler. */
  async request(url: string, init?: RequestInit): Promise<Response> {
    const handler = protocolHandlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new Error(`No handler for ${url}`);
    return handler(new Request(url, init));
  },
};
/** Type used by security.ts. */
export type WebContents = unknown;

const exposed = new Map<string, unknown>();
/** Stand-in for Electron's contextBridge: records what a preload exposes to the page. */
export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    exposed.set(key, api);
  },
  /** Test-only: what the preload exposed under `key`. */
  exposedAs(key: string): unknown {
    return exposed.get(key);
  },
};

/** Stand-in for Electron's ipcRenderer: records channel listeners; invoke answers as main would
 * through `ipcMain.invoke`, with an event from our own page. */
export const ipcRenderer = {
  on: (_channel: string, _listener: (...args: unknown[]) => void) => undefined,
  invoke: (channel: string, payload: unknown) => ipcMain.invoke(channel, {}, payload),
};
