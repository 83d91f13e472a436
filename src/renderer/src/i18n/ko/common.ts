// 창의 틀: 머리글, 언어, 테마 (t('common.…')).
export default {
  appName: 'Logit Lab',
  tagline: '직접 만져 보는 로지스틱 회귀',
  language: '언어',
  theme: '테마',
  themes: {
    system: '시스템',
    light: '밝게',
    dark: '어둡게'
  },
  shortcuts: '단축키',
  shortcutsTitle: '키보드 단축키 보기 (?)'
}
