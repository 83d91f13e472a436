// electron-builder's afterPack hook: burns Electron's fuses into the packaged binary, per
// Electron's security checklist. (electron-builder 25 has no `electronFuses` option; later
// versions do, but need Node 22.) Runs after the app is copied in and before signing.
import { join } from 'node:path'
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses'

/** builder-util's Arch enum: the values of arm64 and universal. */
const ARM64 = 3
const UNIVERSAL = 4

export const fuseConfig = {
  version: FuseVersion.V1,
  // The binary cannot be started as a plain Node.js (ELECTRON_RUN_AS_NODE).
  [FuseV1Options.RunAsNode]: false,
  // Cookies on disk are encrypted with an OS-protected key.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS and --inspect cannot inject code or a debugger into the app.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash electron-builder embeds (macOS, Windows)...
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // ...and the app loads from app.asar only, so that check cannot be sidestepped.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // file:// gets no privileges beyond a browser's (the app is served from app://).
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false
}

/** macOS builds: the App Store's (mas) as well as the dmg's (darwin). */
const isMacPlatform = (platform) => platform === 'darwin' || platform === 'mas'

/** The file that holds the fuse wire: the .app bundle, the .exe, or the Linux executable. */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context
  const name = packager.appInfo.productFilename
  if (isMacPlatform(electronPlatformName)) return join(appOutDir, `${name}.app`)
  if (electronPlatformName === 'win32') return join(appOutDir, `${name}.exe`)
  return join(appOutDir, packager.executableName)
}

export default async function afterPack(context) {
  const isMac = isMacPlatform(context.electronPlatformName)
  // Flipping fuses breaks the ad-hoc signature Apple silicon needs to launch at all.
  const resetAdHocDarwinSignature = isMac && (context.arch === ARM64 || context.arch === UNIVERSAL)
  await flipFuses(electronBinaryPath(context), { ...fuseConfig, resetAdHocDarwinSignature })
}
