import { describe, expect, it } from 'vitest';
import type { HandlerTable } from '../../../../../electron/services/bridge/handler-table';
import { dispatchCall, toBridgeError } from '../../../../../electron/services/bridge/dispatch';
import { defaultSettings } from '../../../../../shared/settings';
import { bridgeErrorSchema } from '../../../../../shared/contract';
import {
  ATTEMPT_ERROR_CODES,
  SERVICE_ERROR_CODES,
  TRANSCRIPTION_ERROR_CODES,
  TRANSPORT_ERROR_CODES,
} from '../../../../../shared/contract/error-codes';
import { modelErrorCodeSchema } from '../../../../../shared/models/schemas';

// Only the calls these tests make; the rest of the table is irrelevant here.
const handlers = {
  'app/info': () => ({
    name: 'Rehearse',
    version: '1',
    platform: 'test',
    transport: 'preview',
    dataDir: '/d',
    notices: [],
  }),
  'settings/get': () => defaultSettings,
  // A deliberately broken handler: returns data the contract does not allow.
  'settings/set': () => ({ theme: 'neon' }) as never,
} as unknown as HandlerTable;

describe('dispatchCall', () => {
  it('runs a known call with a valid payload', async () => {
    expect(await dispatchCall(handlers, 'settings/get', {})).toEqual({
      ok: true,
      data: defaultSettings,
    });
  });

  it('treats a missing payload as an empty object', async () => {
    expect((await dispatchCall(handlers, 'app/info', undefined)).ok).toBe(true);
  });

  it('refuses unknown names, including prototype keys', async () => {
    for (const name of ['nope/x', '__proto__', 'constructor', 42]) {
      const result = await dispatchCall(handlers, name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    }
  });

  it('refuses payloads that do not match the request schema, saying which field', async () => {
    const result = await dispatchCall(handlers, 'settings/get', { extra: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const wrongType = await dispatchCall(handlers, 'settings/set', { maxRecordingSec: 'ten' });
    expect(wrongType.ok).toBe(false);
    if (!wrongType.ok) expect(wrongType.error.message).toMatch(/maxRecordingSec/);
  });

  it('catches a response that breaks the contract', async () => {
    const result = await dispatchCall(handlers, 'settings/set', { theme: 'dark' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-response' } });
  });

  it('passes user-facing errors through and wraps unexpected ones', async () => {
    const failing = {
      ...handlers,
      'settings/get': () => {
        throw Object.assign(new Error('Disk is full. Free some space.'), { code: 'disk-full' });
      },
      'app/info': () => {
        throw new TypeError('x is undefined');
      },
    } as unknown as HandlerTable;
    expect(await dispatchCall(failing, 'settings/get', {})).toEqual({
      ok: false,
      error: { code: 'disk-full', message: 'Disk is full. Free some space.' },
    });
    const internal = await dispatchCall(failing, 'app/info', {});
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(toBridgeError('boom').message).toMatch(/boom/);
  });
});

describe('error codes (a closed list in the contract)', () => {
  it('passes a declared code and its message on as they are', () => {
    const error = Object.assign(new Error('The disk is full.'), { code: 'disk-full' });
    expect(toBridgeError(error)).toEqual({ code: 'disk-full', message: 'The disk is full.' });
  });

  it('turns a code the contract does not declare into an internal error', () => {
    const error = Object.assign(new Error('Something odd.'), { code: 'made-up-code' });
    expect(toBridgeError(error).code).toBe('internal');
  });

  it('the error schema refuses undeclared codes, so neither side can send one', () => {
    expect(bridgeErrorSchema.safeParse({ code: 'made-up-code', message: 'x' }).success).toBe(false);
    for (const code of [
      ...TRANSPORT_ERROR_CODES,
      ...ATTEMPT_ERROR_CODES,
      ...SERVICE_ERROR_CODES,
      ...TRANSCRIPTION_ERROR_CODES,
      ...modelErrorCodeSchema.options,
    ])
      expect(bridgeErrorSchema.safeParse({ code, message: 'x' }).success, code).toBe(true);
  });
});
