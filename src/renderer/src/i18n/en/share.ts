// Sharing a lesson as a link (t('share.…')), src/shared/shareLink.ts: making one, opening one,
// and why an opened or pasted link was refused (one message per ShareLinkRefusal code).
export default {
  share: 'Share Link',
  openLink: 'Open Link…',
  copy: 'Copy a link to this lesson',
  intro:
    'Whoever opens this link gets this data, these settings, the title and the notes (not the training run). Nothing is uploaded: the lesson is inside the link.',
  linkLabel: 'Link to this lesson',
  copyButton: 'Copy',
  copied: 'Link copied: it carries the data and the settings.',
  copyRefused: 'The browser did not let the app copy it: select the link and copy it yourself.',
  close: 'Close',
  tooLongTitle: 'Too long for a link',
  open: 'Open a lesson link',
  pasteIntro: 'Paste a lesson link made in Logit Lab. The lesson replaces the document open now.',
  pasteLabel: 'Lesson link',
  openButton: 'Open',
  cancel: 'Cancel',
  tooLong:
    'This lesson is too long for a link ({length} characters; a link holds at most {limit}). Save it as a file and share the file instead.',
  saveFile: 'Save as a file',
  opened: 'Opened the lesson “{title}” from the link.',
  openedUntitled: 'Opened the lesson from the link.',
  keptInRecovery: 'Your work before opening the link is kept in recovery.',
  notOpened: 'The lesson in the address was not opened: {reason} Your work is as it was.',
  failed: 'The lesson was not opened ({message}). Your work is as it was.',
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
