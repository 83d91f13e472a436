// A file electron-builder unpacked (asarUnpack) sits beside the archive, in app.asar.unpacked,
// under the same relative path, while the code that names it runs inside app.asar. Worker
// threads start from there (electron-builder.yml). Outside a packaged app nothing changes.

/** `path`, inside app.asar, as the path of its unpacked copy; any other path as it is. */
export function unpackedPath(path: string): string {
  return path.replace(/([\\/])app\.asar(?=[\\/])/, '$1app.asar.unpacked')
}
