import type { z } from 'zod';
import { appCalls } from './app';
import { modelsCalls, modelsEvents } from '../models/contract';
import { attemptsCalls, attemptsEvents } from './attempts';
import { reviewCalls, reviewEvents } from './review';
import { liveEvents } from './live';
import { settingsCalls, settingsEvents } from './settings-calls';
import { questionsCalls, questionsEvents } from './questions';
import { storiesCalls, storiesEvents } from './stories';
import { historyCalls } from './history';
import { dataCalls } from './data';

/** Every call on the bridge, by namespaced name. Both transports are generated from this table. */
export const calls = {
  ...appCalls,
  ...settingsCalls,
  ...attemptsCalls,
  ...modelsCalls,
  ...reviewCalls,
  ...questionsCalls,
  ...storiesCalls,
  ...historyCalls,
  ...dataCalls,
};

/** Every event the Node side pushes to the renderer, by namespaced name. */
export const events = {
  ...settingsEvents,
  ...attemptsEvents,
  ...modelsEvents,
  ...reviewEvents,
  ...liveEvents,
  ...questionsEvents,
  ...storiesEvents,
};

/** Name of a bridge call. */
export type CallName = keyof typeof calls;
/** Name of a bridge event. */
export type EventName = keyof typeof events;
/** Request payload type of a call. */
export type CallRequest<N extends CallName> = z.input<(typeof calls)[N]['request']>;
/** Response type of a call. */
export type CallResponse<N extends CallName> = z.output<(typeof calls)[N]['response']>;
/** Payload type of an event. */
export type EventPayload<N extends EventName> = z.output<(typeof events)[N]['payload']>;

/** True when `name` is a call the contract declares (guards against unknown channels). */
export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(calls, name);
}

/** True when `name` is an event the contract declares. */
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}

/** Channel prefix of every IPC channel, so our handlers never clash with Electron's own. */
export const IPC_PREFIX = 'rehearse:';

/** The desktop app's scheme for streaming a recording to the player:
 * `rehearse-audio://attempt/<id>` (the preview serves the same bytes over HTTP). */
export const AUDIO_SCHEME = 'rehearse-audio';

export { bridgeErrorSchema, type BridgeError, type BridgeResult } from './result';
export type { Notice, AppInfo } from './app';
export type { Attempt, AttemptListItem } from './attempts';
