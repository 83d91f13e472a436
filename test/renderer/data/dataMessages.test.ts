import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import en from '@renderer/i18n/en/data'
import ko from '@renderer/i18n/ko/data'
import type { DatasetIssueCode } from '@core/dataset'
import {
  describeCsvProblem,
  describeDataProblem,
  describeMessage
} from '@renderer/components/data/dataProblemText'
import {
  limitMessage,
  type LimitContext,
  type LimitMessage
} from '@renderer/stores/dataLimitMessage'
import { MAX_CELLS, type DataLimitIssue } from '@shared/limits'
import { translator } from './support'

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = 'data'): Map<string, string> {
  const keys = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') keys.set(`${prefix}.${key}`, value)
    else for (const [k, v] of flatten(value, `${prefix}.${key}`)) keys.set(k, v)
  }
  return keys
}

const root = resolve(__dirname, '../../../src/renderer/src')
const sources = [
  ...readdirSync(resolve(root, 'components/data')).map((f) => `components/data/${f}`),
  ...readdirSync(resolve(root, 'composables'))
    .filter((f) => /^use(Data|Csv|Undo|Clipboard)/.test(f))
    .map((f) => `composables/${f}`),
  ...readdirSync(resolve(root, 'stores'))
    .filter((f) => f.startsWith('data'))
    .map((f) => `stores/${f}`)
].map((path) => readFileSync(resolve(root, path), 'utf8'))

describe('data messages', () => {
  const english = flatten(en)
  const korean = flatten(ko)

  it('has the same keys in Korean and English, none empty', () => {
    expect([...korean.keys()].sort()).toEqual([...english.keys()].sort())
    for (const [key, text] of [...english, ...korean]) expect(text.trim(), key).not.toBe('')
  })

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const [key, text] of english) {
      expect(placeholders(korean.get(key) ?? ''), key).toEqual(placeholders(text))
    }
  })

  it('has every key the Data panel asks for', () => {
    const used = new Set(sources.flatMap((source) => source.match(/'data\.[\w.]+'/g) ?? []))
    expect(used.size).toBeGreaterThan(40)
    for (const quoted of used) expect(english.has(quoted.slice(1, -1)), quoted).toBe(true)
    const codes: DatasetIssueCode[] = [
      'empty',
      'noFeatures',
      'labelCount',
      'ragged',
      'nonFinite',
      'badLabel',
      'singleClass',
      'notANumber'
    ]
    for (const code of codes) expect(english.has(`data.problem.${code}`), code).toBe(true)
    for (const reason of ['tooLarge', 'unreadable', 'cancelled', 'comma', 'semicolon', 'tab'])
      expect(english.has(`data.import.${reason}`), reason).toBe(true)
  })

  it('has a sentence for every data limit wherever data comes in', () => {
    const contexts: LimitContext[] = ['file', 'paste', 'addRow', 'addFeature']
    const limits: DataLimitIssue['limit'][] = ['features', 'rows', 'cells']
    for (const context of contexts)
      for (const limit of limits) {
        const { key } = limitMessage({ limit, actual: 1, max: 1 }, context, {
          rows: 1,
          features: 1
        })
        expect(english.has(key), key).toBe(true)
      }
  })
})

describe('limitMessage', () => {
  const say = (locale: 'en' | 'ko', message: LimitMessage): string =>
    describeMessage(translator(locale), message.key, message.params)
  // A file refused at the row that took it past 2^24 feature cells, and a paste that would.
  const file = limitMessage(
    { limit: 'cells', actual: 2_097_153 * 8, max: MAX_CELLS },
    'file',
    { rows: 2_097_153, features: 8 },
    'big.csv'
  )
  const paste = limitMessage({ limit: 'cells', actual: 4_097 * 4_096, max: MAX_CELLS }, 'paste', {
    rows: 4_097,
    features: 4_096
  })

  it('names the file, the count and the limit', () => {
    expect(say('en', file)).toBe(
      'big.csv has more than 16,777,216 feature cells (rows × features): reading stopped at row 2,097,153, with 8 features. The app opens at most 16,777,216; keep fewer rows or columns.'
    )
    expect(say('ko', file)).toBe(
      'big.csv: 특성 칸(행 × 특성)이 16,777,216개를 넘습니다. 특성 8개짜리 2,097,153번째 행에서 읽기를 멈췄습니다. 앱은 특성 칸을 16,777,216개까지 엽니다. 행이나 열을 줄이세요.'
    )
  })

  it('says what a refused change would have made, and that nothing changed', () => {
    expect(say('en', paste)).toBe(
      'Not pasted: the table would have 4,097 rows of 4,096 features, 16,781,312 feature cells; it holds at most 16,777,216. The data is unchanged.'
    )
    expect(say('ko', paste)).toBe(
      '붙여넣지 않았습니다: 표가 특성 4,096개짜리 행 4,097개, 특성 칸 16,781,312개가 됩니다. 표에는 특성 칸을 16,777,216개까지 담을 수 있습니다. 데이터는 그대로입니다.'
    )
  })
})

describe('describeDataProblem', () => {
  const names = { featureNames: ['hours', 'lab'], labelName: 'passed' }

  it('names the row and column, in English and in Korean', () => {
    const issue = { code: 'notANumber' as const, severity: 'error' as const, row: 1233, column: 1 }
    expect(describeDataProblem(translator('en'), { ...issue, value: 'abc' }, names)).toBe(
      'Row 1,234, lab: “abc” is not a number'
    )
    expect(describeDataProblem(translator('ko'), { ...issue, value: 'abc' }, names)).toBe(
      '1,234행, lab: “abc”은(는) 숫자가 아닙니다'
    )
    expect(describeDataProblem(translator('en'), { ...issue, value: '' }, names)).toBe(
      'Row 1,234, lab: the cell is empty'
    )
    expect(
      describeDataProblem(
        translator('en'),
        { code: 'badLabel', severity: 'error', row: 0, column: 2, value: '0.5' },
        names
      )
    ).toBe('Row 1, passed: the label must be 0 or 1, not “0.5”')
  })

  it('describes whole-table problems and warnings without a place', () => {
    const t = translator('en')
    expect(describeDataProblem(t, { code: 'empty', severity: 'error' })).toBe(
      'The data has no rows'
    )
    expect(describeDataProblem(t, { code: 'singleClass', severity: 'warning', value: '1' })).toBe(
      'Every label is 1: the model can only learn one class'
    )
  })
})

describe('describeCsvProblem', () => {
  const t = translator('en')
  const names = { featureNames: ['a', 'b'], labelName: 'y' }

  it('gives the file line, the row and the column', () => {
    const issue = {
      code: 'nonFinite' as const,
      severity: 'error' as const,
      line: 7,
      row: 4,
      column: 0,
      value: 'inf'
    }
    expect(describeCsvProblem(t, issue, names)).toBe(
      'Line 7 (row 5), column 1 (a): “inf” is not a finite number'
    )
  })

  it('translates Papa Parse quote errors instead of showing them raw', () => {
    const issue = {
      code: 'malformed' as const,
      severity: 'error' as const,
      line: 3,
      value: 'Quoted field unterminated'
    }
    expect(describeCsvProblem(t, issue, names)).toBe('Line 3: a quoted cell is never closed')
    expect(describeCsvProblem(translator('ko'), { ...issue, value: 'Something new' }, names)).toBe(
      '3번째 줄: 이 줄을 CSV로 읽을 수 없습니다'
    )
  })
})
