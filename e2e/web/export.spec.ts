import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { controls, expectLastLogLine, labLog } from './labSteps'

// Exporting the trained model from the web edition: each format is a download, none is offered
// before there is a model, and an exported weights file imports back.

const dialogOf = (page: Page) => page.getByTestId('export-dialog')

async function openExport(page: Page): Promise<void> {
  await page.getByTestId('export-open').click()
  await expect(dialogOf(page)).toBeVisible()
}

/** Clicks the export `choice`; returns each downloaded file's name and bytes. */
async function exportChoice(
  page: Page,
  choice: string,
  files = 1
): Promise<{ name: string; bytes: Buffer }[]> {
  // Kept in the order the downloads started (reading each file finishes in any order).
  const downloads: Promise<{ name: string; bytes: Buffer }>[] = []
  const started = new Promise<void>((resolve) => {
    page.on('download', (download) => {
      const name = download.suggestedFilename()
      const path = test.info().outputPath(`${downloads.length}-${name}`)
      downloads.push(
        download.saveAs(path).then(async () => ({ name, bytes: await readFile(path) }))
      )
      if (downloads.length === files) resolve()
    })
  })
  await dialogOf(page).locator(`[data-export="${choice}"]`).click()
  await started
  page.removeAllListeners('download')
  return Promise.all(downloads)
}

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('textbox', { name: 'Row 1, x1' })).toHaveValue('1')
})

test('before training the model formats are disabled, saying why', async ({ page }) => {
  await openExport(page)
  const json = dialogOf(page).locator('[data-export="weightsJson"]')
  await expect(json).toBeDisabled()
  await expect(json).toHaveAccessibleDescription('Train first: there is no trained model yet.')
  // The training code describes the data and settings: it needs no model.
  await expect(dialogOf(page).locator('[data-export="pytorchCode"]')).toBeEnabled()
  await page.keyboard.press('Escape')
  await expect(dialogOf(page)).toBeHidden()
})

test('the trained model downloads in every format', async ({ page }) => {
  await controls(page).getByRole('button', { name: 'Train', exact: true }).click()
  await expectLastLogLine(page, labLog.at(-1) ?? '')
  await openExport(page)

  const [json] = await exportChoice(page, 'weightsJson')
  expect(json.name).toBe('logit-lab-weights.json')
  const weights = JSON.parse(json.bytes.toString('utf8'))
  expect(weights).toMatchObject({
    format: 'logit-lab/weights@1',
    features: ['x1', 'x2'],
    threshold: 0.5
  })
  expect(weights.weight).toHaveLength(2)
  expect(typeof weights.bias).toBe('number')
  await expect(page.getByTestId('export-message')).toHaveText('Exported logit-lab-weights.json.')

  const [csv] = await exportChoice(page, 'weightsCsv')
  expect(csv.bytes.toString('utf8')).toContain('x1')
  const [predictions] = await exportChoice(page, 'predictionsCsv')
  expect(predictions.bytes.toString('utf8').split(/\r?\n/)[0]).toMatch(/^x1,x2,y,/)

  const [onnx] = await exportChoice(page, 'onnx')
  expect(onnx.name).toBe('logit-lab.onnx')
  // A ModelProto starts with field 1 (ir_version, a varint): the tag byte 0x08.
  expect(onnx.bytes[0]).toBe(0x08)
  expect(onnx.bytes.includes(Buffer.from('Sigmoid'))).toBe(true)

  const [safetensors] = await exportChoice(page, 'safetensors')
  const headerLength = Number(safetensors.bytes.readBigUInt64LE(0))
  const header = JSON.parse(safetensors.bytes.subarray(8, 8 + headerLength).toString('utf8'))
  expect(header['linear.weight']).toMatchObject({ dtype: 'F32', shape: [1, 2] })

  for (const choice of ['pytorch', 'sklearn', 'pytorchCode', 'pytorchCodeModule']) {
    const [script] = await exportChoice(page, choice)
    expect(script.name).toMatch(/\.py$/)
    expect(script.bytes.toString('utf8')).toContain('import')
  }
  // The script and the weights it loads come as one archive: one download for one click.
  const [pair] = await exportChoice(page, 'pytorchSafetensors')
  expect(pair.name).toBe('logit-lab_pytorch.zip')
  const archive = unzipSync(new Uint8Array(pair.bytes))
  expect(Object.keys(archive).sort()).toEqual(['logit-lab.safetensors', 'logit-lab_model.py'])
  expect(Buffer.from(archive['logit-lab.safetensors'])).toEqual(safetensors.bytes)
  expect(strFromU8(archive['logit-lab_model.py'])).toContain('logit-lab.safetensors')
})

test('exported weights import back as the shown model', async ({ page }) => {
  await controls(page).getByRole('button', { name: 'Train', exact: true }).click()
  await expectLastLogLine(page, labLog.at(-1) ?? '')
  await openExport(page)
  const [json] = await exportChoice(page, 'weightsJson')
  await page.keyboard.press('Escape')
  await controls(page).getByRole('button', { name: 'Reset weights' }).click()
  await openExport(page)

  await dialogOf(page).getByTestId('import-weights-input').setInputFiles({
    name: 'weights.json',
    mimeType: 'application/json',
    buffer: json.bytes
  })
  await expect(page.getByTestId('export-message')).toContainText(
    'Showing the model from weights.json.'
  )
})
