// The window's frame: header, language and theme (t('common.…')).
export default {
  appName: 'Logit Lab',
  tagline: 'Logistic regression you can touch',
  language: 'Language',
  theme: 'Theme',
  themes: {
    system: 'System',
    light: 'Light',
    dark: 'Dark'
  },
  shortcuts: 'Shortcuts',
  shortcutsTitle: 'Show the keyboard shortcuts (?)'
}
