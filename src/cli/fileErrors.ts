// A file system error as the few words a user acts on ("no such file", "the disk is full").

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is too large for the file system',
  ENAMETOOLONG: 'the name is too long',
  EBUSY: 'the file is busy',
  EIO: 'an input/output error'
}

/** The reason for an error's code; the system's own message for codes not listed. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (typeof code === 'string' && REASONS[code]) return REASONS[code]
  return error instanceof Error ? error.message : String(error)
}

/** The same for an error known only by its code (the atomic write reports codes). */
export function describeFileCode(code: string, message: string): string {
  return REASONS[code] ?? message
}
