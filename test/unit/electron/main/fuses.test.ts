import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import afterPack, { fuseConfig, packedBinary } from '../../../../scripts/packaging/after-pack.mjs';

const root = path.resolve(import.meta.dirname, '../../../..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** A stand-in for a packed Electron binary: filler bytes around the fuse sentinel and a V1 wire of
 * nine fuses in Electron's shipped state (RunAsNode, NODE_OPTIONS, --inspect on; integrity off). */
function fakeElectronBinary(file: string): void {
  const shipped = '101100011'; // one byte per fuse, '1' on, '0' off, in FuseV1Options order
  fs.writeFileSync(
    file,
    Buffer.concat([
      Buffer.alloc(4096, 0x2e),
      Buffer.from(SENTINEL),
      Buffer.from([1, shipped.length]),
      Buffer.from(shipped),
      Buffer.alloc(4096, 0x2e),
    ]),
  );
}

describe('packaging fuses (afterPack hook, no Electron binary needed)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-fuses-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('chooses every fuse the issue names, and requires a choice for every fuse', () => {
    expect(fuseConfig).toMatchObject({
      strictlyRequireAllFuses: true,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
  });

  it('is the afterPack hook of electron-builder.yml', () => {
    const config = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
    expect(config).toMatch(/^afterPack: \.\/scripts\/packaging\/after-pack\.mjs$/m);
    expect(config).toMatch(/^asar: true$/m);
  });

  it('flips the fuses in the packed Linux binary', async () => {
    const context = {
      appOutDir: dir,
      electronPlatformName: 'linux',
      arch: 1,
      packager: { executableName: 'rehearse', appInfo: { productFilename: 'Rehearse' } },
    };
    fakeElectronBinary(path.join(dir, 'rehearse'));
    await afterPack(context);
    const wire = await getCurrentFuseWire(path.join(dir, 'rehearse'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
  });

  it('finds the binary electron-builder packed on each platform', () => {
    const packager = { executableName: 'rehearse', appInfo: { productFilename: 'Rehearse' } };
    const at = (electronPlatformName: string) =>
      packedBinary({ appOutDir: '/out', electronPlatformName, packager });
    expect(at('linux')).toBe(path.join('/out', 'rehearse'));
    expect(at('win32')).toBe(path.join('/out', 'Rehearse.exe'));
    expect(at('darwin')).toBe(path.join('/out', 'Rehearse.app'));
  });
});
