// Types of afterPack.mjs (plain JavaScript, because electron-builder loads hooks without a
// TypeScript loader), for the tests.
import type { FuseV1Config } from '@electron/fuses'

/** The part of electron-builder's AfterPackContext the hook reads. */
export interface PackContextLike {
  appOutDir: string
  electronPlatformName: string
  arch: number
  packager: { appInfo: { productFilename: string }; executableName: string }
}

export declare const fuseConfig: FuseV1Config
export declare function electronBinaryPath(context: PackContextLike): string
export default function afterPack(context: PackContextLike): Promise<void>
