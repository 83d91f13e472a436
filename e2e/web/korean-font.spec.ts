// Korean renders on every machine: this one has no CJK font at all, so every Hangul syllable the
// app shows must come from the bundled Noto Sans KR (styles/fonts.css), loaded slice by slice as
// texts need it, and an English page must not download it for its Latin text.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  expect,
  test,
  type Locator,
  type Page,
  type Response,
  type TestInfo
} from '@playwright/test'
import { tempFolder } from './bigCsv'
import { expectLastLogLine, importCsv, labLog, snapshot } from './labSteps'
import {
  BUNDLED_FACE,
  fontFileNames,
  hangulGlyphsByFont,
  isBundledFace,
  loadedFaces,
  renderedFonts,
  settleFonts,
  widthsOfKoreanWord
} from './fontProbes'

/** Every font file the page downloads, as the responses that brought them. */
function recordFontResponses(page: Page): Response[] {
  const responses: Response[] = []
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('.woff2')) responses.push(response)
  })
  return responses
}

async function totalBytes(responses: Response[]): Promise<number> {
  const bodies = await Promise.all(responses.map((response) => response.body()))
  return bodies.reduce((sum, body) => sum + body.length, 0)
}

/** What each chart canvas shows, as PNG data URLs. */
function chartPixels(page: Page): Promise<string[]> {
  return page
    .locator('canvas')
    .evaluateAll((canvases) => canvases.map((canvas) => (canvas as HTMLCanvasElement).toDataURL()))
}

/** Keeps what a test measured beside its screenshots, as JSON, and in its report. */
async function keepJson(testInfo: TestInfo, name: string, value: unknown): Promise<void> {
  const path = testInfo.outputPath(`${name}.json`)
  await writeFile(path, JSON.stringify(value, null, 2))
  await testInfo.attach(name, { path, contentType: 'application/json' })
}

/** Asserts that every Hangul syllable shown in `scope` is drawn by the bundled face. */
async function expectHangulInBundledFace(
  page: Page,
  scope: Locator,
  testInfo: TestInfo,
  name: string
): Promise<void> {
  const elements = await hangulGlyphsByFont(page, scope)
  await keepJson(testInfo, `hangul-glyphs-${name}`, elements)
  expect(elements.length).toBeGreaterThan(0)
  for (const element of elements) {
    // A syllable drawn by any other font (here: DejaVu Sans, which has no Hangul) is an empty box.
    expect(element.bundled, element.text).toBe(element.hangul)
  }
}

test.describe('in Korean, with the dark theme, at 1280x720', () => {
  test.use({ locale: 'ko-KR', colorScheme: 'dark', viewport: { width: 1280, height: 720 } })

  test('every Hangul syllable is drawn by the bundled face: panels, charts, help, hints', async ({
    page
  }, testInfo) => {
    const fonts = recordFontResponses(page)
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await settleFonts(page)

    // The charts' canvases drew their axis titles before the Korean slices had arrived; what
    // they show now must be what a fresh draw shows (here: after light and back to dark).
    const drawn = await chartPixels(page)
    await page.getByRole('button', { name: '밝게', exact: true }).click()
    await page.getByRole('button', { name: '어둡게', exact: true }).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    // A chart draws a new look on its next animation frame, not in the click's task: wait for it.
    await expect.poll(() => chartPixels(page)).toEqual(drawn)

    await page.getByRole('button', { name: '학습', exact: true }).click()
    await expectLastLogLine(page, labLog.at(-1) ?? '')
    // The note that the work is kept in the browser comes with the first backup, about a second
    // after the run's last change: its syllables' slices load once it shows, so settle after it.
    await expect(page.getByTestId('document-kept')).toBeVisible()
    await settleFonts(page)

    const faces = await loadedFaces(page)
    expect(faces.length).toBeGreaterThan(0)
    expect(faces.every((face) => face.status === 'loaded')).toBe(true)
    expect(
      await page.evaluate((face) => document.fonts.check(`16px "${face}"`, '학습'), BUNDLED_FACE)
    ).toBe(true)

    // The UI's font stack draws '학습' as the bundled face does (Hangul is 1em wide), not as the
    // same stack without it, whose fallback here has only empty boxes for Hangul.
    const widths = await widthsOfKoreanWord(page, '학습')
    await keepJson(testInfo, 'korean-word-widths', widths)
    expect(widths.ui).toBeCloseTo(widths.bundledFaceOnly, 1)
    expect(Math.abs(widths.ui - widths.withoutBundledFace)).toBeGreaterThan(1)
    expect(widths.canvas).toBeCloseTo(widths.bundledFaceOnly, 1)

    await expectHangulInBundledFace(page, page.locator('body'), testInfo, 'korean')
    await snapshot(page, testInfo, 'korean-dark')

    await page.keyboard.press('?')
    const help = page.getByRole('dialog')
    await expect(help).toBeVisible()
    await settleFonts(page)
    await expectHangulInBundledFace(page, help, testInfo, 'korean-help')
    await snapshot(page, testInfo, 'korean-dark-help')
    await page.keyboard.press('Escape')
    await expect(help).toBeHidden()

    // A setting's explanation shows as a tooltip while its control has focus.
    await page.getByLabel('학습률', { exact: true }).focus()
    const hint = page.getByRole('tooltip').filter({ visible: true })
    await expect(hint).toHaveCount(1)
    await settleFonts(page)
    await expectHangulInBundledFace(page, hint, testInfo, 'korean-setting-hint')
    await snapshot(page, testInfo, 'korean-dark-setting-hint')

    const files = fontFileNames(fonts)
    expect(new Set(files).size).toBe(files.length) // each slice fetched once
    await keepJson(testInfo, 'korean-font-bytes', { files, bytes: await totalBytes(fonts) })
  })
})

test.describe('in Korean, after importing a CSV', () => {
  test.use({ locale: 'ko-KR', colorScheme: 'dark', viewport: { width: 1280, height: 720 } })

  // The import preview's Korean needs slices the start did not load; texts drawn well before that
  // load (the header, the panels' titles) must still be drawn well after it.
  test('texts drawn before the preview loaded more slices stay in the bundled face', async ({
    page
  }, testInfo) => {
    const folder = await tempFolder()
    try {
      const path = join(folder.path, 'four-students.csv')
      await writeFile(path, 'a,b,y\n1,2,0\n2,3,0\n4,3,1\n5,3,1\n')
      await page.goto('/')
      await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
      await settleFonts(page)
      await importCsv(page, path, { button: 'CSV 가져오기…', confirm: '가져오기' })
      await expect(page.getByText('행: 4 · 특성: 2')).toBeVisible()
      await settleFonts(page)
      await expectHangulInBundledFace(page, page.locator('body'), testInfo, 'korean-imported')
      await snapshot(page, testInfo, 'korean-dark-imported')
    } finally {
      await folder.remove()
    }
  })
})

test.describe('in English, then switched to Korean', () => {
  test.use({ locale: 'en-US', viewport: { width: 1280, height: 720 } })

  // The English start drew its texts before any Korean but '한국어' was asked for; each of them
  // must be drawn by the bundled face once it speaks Korean.
  test('every Hangul syllable is drawn by the bundled face after the switch', async ({
    page
  }, testInfo) => {
    await page.goto('/')
    await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeVisible()
    await settleFonts(page)
    await page.getByRole('button', { name: '한국어', exact: true }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
    await expect(page.getByRole('button', { name: '학습', exact: true })).toBeVisible()
    await settleFonts(page)
    await expectHangulInBundledFace(page, page.locator('body'), testInfo, 'switched-to-korean')
    await snapshot(page, testInfo, 'switched-to-korean')
  })
})

test.describe('in English', () => {
  test.use({ locale: 'en-US' })

  test('downloads only the slices for the Hangul it shows, and none for Latin text', async ({
    page
  }, testInfo) => {
    const fonts = recordFontResponses(page)
    await page.goto('/')
    await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeVisible()
    await settleFonts(page)

    // The only Hangul on an English page is the language switch's '한국어'.
    const hangul = await page.evaluate(() => document.body.innerText.match(/\p{Script=Hangul}/gu))
    expect(hangul).toEqual(['한', '국', '어'])
    const faces = await loadedFaces(page)
    for (const face of faces) {
      expect(
        face.ranges.some(([from, to]) => hangul?.some((c) => from <= cp(c) && cp(c) <= to))
      ).toBe(true)
    }
    expect(fonts).toHaveLength(faces.length)
    await expectHangulInBundledFace(page, page.locator('body'), testInfo, 'english')
    await keepJson(testInfo, 'english-font-bytes', {
      files: fontFileNames(fonts),
      bytes: await totalBytes(fonts)
    })

    // Latin text in every style the UI uses, including the characters the Korean slices also
    // hold: the system font comes first in the stacks and has them all, so nothing more loads.
    const before = fonts.length
    await page.evaluate(() => {
      const range = (from: number, to: number) =>
        Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('')
      const text = range(0x20, 0x7e) + range(0xa1, 0xff) // printable ASCII and Latin-1
      for (const [weight, family] of [
        ['400', 'var(--font-sans)'],
        ['600', 'var(--font-sans)'],
        ['700', 'var(--font-sans)'],
        ['400', 'var(--font-mono)']
      ]) {
        const probe = document.createElement('p')
        probe.className = 'latin-probe'
        probe.textContent = text
        probe.style.fontWeight = weight
        probe.style.fontFamily = family
        document.body.append(probe)
      }
    })
    await settleFonts(page)
    expect(fonts).toHaveLength(before)
    expect(await loadedFaces(page)).toEqual(faces)
    const drawn = await renderedFonts(page, '.latin-probe')
    expect(drawn).toHaveLength(4)
    for (const fonts of drawn) {
      expect(fonts.length).toBeGreaterThan(0)
      expect(fonts.filter(isBundledFace)).toEqual([])
    }
  })
})

function cp(character: string): number {
  return character.codePointAt(0) ?? -1
}
