import { contextBridge } from 'electron';
import { describe, expect, it } from 'vitest';
import { AUDIO_SCHEME } from '../../../../shared/contract';
import '../../../../electron/preload/index';

// `electron` here is the named test double (test/doubles/electron.ts), aliased in vitest.config.
type Exposed = {
  transport: string;
  invoke(name: unknown, payload: unknown): Promise<unknown>;
  audioUrl(id: unknown): string;
};
const rehearse = (contextBridge as unknown as { exposedAs(key: string): unknown }).exposedAs(
  'rehearse',
) as Exposed;

describe('preload (electron test double)', () => {
  it('exposes one object with the transport, calls, events and the audio URL', () => {
    expect(Object.keys(rehearse).sort()).toEqual(['audioUrl', 'invoke', 'on', 'transport']);
    expect(rehearse.transport).toBe('electron');
  });

  it('points the player at the audio scheme, with the id encoded', () => {
    expect(rehearse.audioUrl('20260314-153012-482-9f3a1c0b')).toBe(
      `${AUDIO_SCHEME}://attempt/20260314-153012-482-9f3a1c0b`,
    );
    expect(rehearse.audioUrl('../x/y?z')).toBe(`${AUDIO_SCHEME}://attempt/..%2Fx%2Fy%3Fz`);
  });

  it('refuses a call name outside the contract before anything reaches main', async () => {
    await expect(rehearse.invoke('fs/read', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown-call' },
    });
  });
});
