// electron-builder afterPack hook (electron-builder.yml): flips Electron's fuses in the packaged
// binary, before it is signed, so the shipped app cannot be turned into a general Node runtime or
// debugged through the command line, and loads only its own, integrity-checked app.asar.
import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

/** The fuse settings of every packaged build. All nine of Electron 45's fuses are named, and
 * `strictlyRequireAllFuses` makes packaging fail when a future Electron adds one nobody chose. */
export const fuseConfig = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE would make the signed app a Node interpreter for anyone's script.
  [FuseV1Options.RunAsNode]: false,
  // Cookies and other Chromium storage encrypted with the OS key store.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS and --inspect would let another process inject code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash electron-builder embeds (macOS and Windows) ...
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // ... and nothing outside it (an unpacked app folder dropped beside it) is ever loaded.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // No custom V8 snapshot is shipped.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The page is loaded from file:// and loads its audio worklet from there: keep the default.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
  // Electron's default: WebAssembly trap handlers on.
  [FuseV1Options.WasmTrapHandlers]: true,
};

/** The Electron binary electron-builder just packed, per platform. */
export function packedBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${name}.app`);
  }
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  return path.join(appOutDir, packager.executableName);
}

/** The hook itself: flips the fuses (macOS arm64 builds get their ad-hoc signature redone). */
export default async function afterPack(context) {
  const resetAdHocDarwinSignature = context.electronPlatformName === 'darwin' && context.arch === 3; // builder-util Arch.arm64
  await flipFuses(packedBinary(context), { ...fuseConfig, resetAdHocDarwinSignature });
}
