// Where the web edition is published. A lesson link made in the desktop app points here, so the
// same link opens in any browser (the web edition links to its own address instead: wherever it
// is served from). Set this to the address the web edition (`npm run build:web`, out/web) is
// served from before publishing the desktop app.
export const WEB_EDITION_URL = 'https://deeplearningzerotoall.github.io/logit-lab/'
