import type { FuseV1Config } from '@electron/fuses';

/** What the hook reads from electron-builder's AfterPackContext. */
export type PackContext = {
  appOutDir: string;
  electronPlatformName: string;
  arch?: number;
  packager: { executableName: string; appInfo: { productFilename: string } };
};

/** The fuse settings of every packaged build. */
export declare const fuseConfig: FuseV1Config;
/** The Electron binary electron-builder just packed, per platform. */
export declare function packedBinary(context: PackContext): string;
/** The afterPack hook: flips the fuses in the packed binary. */
export default function afterPack(context: PackContext): Promise<void>;
