// Sharing a lesson as a link (t('share.…')), src/shared/shareLink.ts: making one, and why an
// opened or pasted link was refused (one message per ShareLinkRefusal code).
export default {
  copy: 'Copy a link to this lesson',
  copied: 'Link copied: it carries the data and the settings.',
  open: 'Open a lesson link',
  tooLong:
    'This lesson is too long for a link ({length} characters; a link holds at most {limit}). Save it as a file and share the file instead.',
  saveFile: 'Save as a file',
  keptInRecovery: 'Your work before opening the link is kept in recovery.',
  refused: {
    notALink: 'This is not a Logit Lab lesson link.',
    unknownVersion:
      'This lesson link was made by a newer Logit Lab. Open it there, or ask for the file.',
    tooLong: 'This link is longer than any lesson link ({length} characters).',
    corrupt:
      'This link is damaged, perhaps cut short when it was copied. Copy the whole link again.',
    tooLarge: 'This link unpacks to far more than a lesson, so it was not opened.',
    invalid: 'This link does not hold a valid lesson: {problem}'
  }
}
