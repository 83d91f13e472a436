// The built-in data set picker: every set with its story in both languages, the generator
// controls checked with messages naming the control, and Load as one undoable table replacement
// that leaves the document unsaved.
import { describe, expect, it } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { BUILT_IN_DATASET_IDS, BUILT_IN_DATASETS, builtInData } from '@core/datasets'
import DatasetPicker from '@renderer/components/data/DatasetPicker.vue'
import { useDatasetStore } from '@renderer/stores/dataset'
import { useDocumentStore } from '@renderer/stores/document'
import { cleanUpAfterEach, mountLab } from '../support/mountLab'
import { translator } from './support'

cleanUpAfterEach()

async function mountPicker(locale: 'en' | 'ko' = 'en'): Promise<VueWrapper> {
  const picker = mountLab(DatasetPicker, { locale }).wrapper
  await picker.get('button.open').trigger('click')
  await flushPromises()
  return picker
}

async function choose(picker: VueWrapper, id: string): Promise<void> {
  await picker.get(`input[type="radio"][value="${id}"]`).setValue(true)
}

function field(picker: VueWrapper, name: string) {
  const label = picker.findAll('label').find((l) => l.text() === name)
  if (!label) throw new Error(`no control labelled ${name}`)
  return picker.get<HTMLInputElement>(`[id="${label.attributes('for')}"]`)
}

async function load(picker: VueWrapper): Promise<void> {
  await picker.get('form').trigger('submit')
  await flushPromises()
}

function tableRows(store: ReturnType<typeof useDatasetStore>): string[][] {
  return Array.from({ length: store.rowCount }, (_, i) =>
    Array.from({ length: store.featureCount + 1 }, (_, j) => store.cellText(i, j))
  )
}

describe('DatasetPicker', () => {
  for (const locale of ['en', 'ko'] as const) {
    it(`lists every set with its name and one-line story in ${locale}`, async () => {
      const t = translator(locale)
      const picker = await mountPicker(locale)
      const sets = picker.findAll('label.set')
      expect(sets).toHaveLength(BUILT_IN_DATASET_IDS.length)
      BUILT_IN_DATASET_IDS.forEach((id, k) => {
        expect(sets[k].text()).toContain(t(BUILT_IN_DATASETS[id].nameKey))
        expect(sets[k].text()).toContain(t(BUILT_IN_DATASETS[id].storyKey))
      })
    })
  }

  it('loads Iris with its 100 rows of two features, one undo away from the lab', async () => {
    const picker = await mountPicker()
    const store = useDatasetStore()
    const lab = tableRows(store)
    await choose(picker, 'iris')
    await load(picker)
    expect(store.rowCount).toBe(100)
    expect(store.featureNames).toEqual(['sepal length', 'sepal width'])
    expect(store.labelName).toBe('versicolor')
    const labels = Array.from({ length: 100 }, (_, i) => store.labelValue(i))
    expect(labels.filter((y) => y === 1)).toHaveLength(50)
    expect(store.isTrainable).toBe(true)
    expect(store.undo()).toBe(true)
    expect(tableRows(store)).toEqual(lab)
    expect(store.redo()).toBe(true)
    expect(store.rowCount).toBe(100)
  })

  it('loads XOR with the rows, noise, seed and polynomial features asked for', async () => {
    const picker = await mountPicker()
    const store = useDatasetStore()
    await choose(picker, 'xor')
    await field(picker, 'Rows').setValue('40')
    await field(picker, 'Spread around each corner').setValue('0.3')
    await field(picker, 'Data seed').setValue('7')
    await picker.get('input[type="checkbox"]').setValue(true)
    await load(picker)
    const expected = builtInData('xor', { rows: 40, noise: 0.3, seed: 7, polynomial: true })
    if (!expected.ok) throw new Error('the request should be valid')
    expect(store.rowCount).toBe(40)
    expect(store.featureNames).toEqual(['x1', 'x2', 'x1^2', 'x2^2', 'x1*x2'])
    expect(Array.from(store.dataset!.x)).toEqual(Array.from(expected.data.dataset.x))
    expect(Array.from(store.dataset!.y)).toEqual(Array.from(expected.data.dataset.y))
    expect(store.notice?.key).toBe('datasets.notice.loaded')
  })

  it('names the control whose value does not fit, and loads nothing until it does', async () => {
    const picker = await mountPicker()
    const store = useDatasetStore()
    await choose(picker, 'blobs')
    await field(picker, 'Rows').setValue('2.5')
    await field(picker, 'Data seed').setValue('abc')
    const alerts = picker.findAll('[role="alert"]').map((a) => a.text())
    expect(alerts).toEqual([
      'Rows must be a whole number from 4 to 100,000',
      'Data seed: “abc” is not a number'
    ])
    expect(field(picker, 'Rows').attributes('aria-invalid')).toBe('true')
    expect(picker.get('button[type="submit"]').attributes('disabled')).toBeDefined()
    await load(picker)
    expect(store.rowCount).toBe(6)
    await field(picker, 'Rows').setValue('12')
    await field(picker, 'Data seed').setValue('3')
    await field(picker, 'Spread of each cloud (overlap)').setValue('9')
    expect(picker.findAll('[role="alert"]').map((a) => a.text())).toEqual([
      'Spread of each cloud (overlap) must be from 0 to 3'
    ])
  })

  it('says the problem in Korean, naming the control', async () => {
    const picker = await mountPicker('ko')
    await choose(picker, 'separable')
    await field(picker, '행 수').setValue('1')
    expect(picker.get('[role="alert"]').text()).toBe('행 수: 4에서 100,000 사이의 정수여야 합니다')
  })

  it('leaves the document unsaved after a load', async () => {
    const picker = await mountPicker()
    const document = useDocumentStore()
    expect(document.dirty).toBe(false)
    await choose(picker, 'separable')
    await load(picker)
    expect(useDatasetStore().rowCount).toBe(100)
    expect(document.dirty).toBe(true)
  })
})
