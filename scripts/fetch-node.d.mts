// Types of fetch-node.mjs (plain JavaScript, because it runs on the machine's old node before
// `npm ci`), for the tests.

/** Where tarballs come from: by default the machine's own npm (`npm view`, `npm pack`). */
export interface Registry {
  /** The registry's dist.integrity of `spec` (e.g. "npm@11.19.1"). */
  integrity(spec: string): Promise<string>
  /** Downloads the tarball of `spec` into `directory`; returns its path. */
  download(spec: string, directory: string): Promise<string>
}

export interface EnsureNodeOptions {
  version: string
  cacheRoot: string
  /** `uname -m`; this machine's by default. */
  machine?: string
  registry?: Registry
  log?: (line: string) => void
}

export declare const npmRegistry: Registry
export declare function nodePackageName(unameMachine: string): string
export declare function isOlderThan(version: string, minimum: string): boolean
export declare function sha512Integrity(file: string): Promise<string>
export declare function verifyIntegrity(file: string, integrity: string): Promise<void>
export declare function npmVersionFromChangelog(changelog: string, nodeVersion: string): string
export declare function minimumNode(packageJson: { engines?: { node?: string } }): string
export declare function ensureNode(options: EnsureNodeOptions): Promise<string>
