// The code mirror shows a deliberate mistake where the lab has the right line: the zero_grad
// commented out, F.mse_loss, the cross-entropy written out with torch.log, each under a comment
// saying what is wrong (in the comments' language). That PyTorch runs these to Logit Lab's lines
// is checked in pytorchCode.pytorch.test.ts.
import { describe, expect, it } from 'vitest'
import {
  labConfig,
  pytorchCode,
  toyDataset,
  withMistake,
  type MistakeId,
  type PytorchCodeOptions
} from '@core'

function code(mistakes: MistakeId[], options: Partial<PytorchCodeOptions> = {}): string[] {
  const config = mistakes.reduce((c, id) => withMistake(c, id), labConfig)
  return pytorchCode(toyDataset(), config, { style: 'low-level', ...options }).split('\n')
}

describe('the generated code with a deliberate mistake', () => {
  it('the lab itself has none', () => {
    const lines = code([])
    expect(lines).toContain('    optimizer.zero_grad()')
    expect(lines).toContain('    cost = F.binary_cross_entropy(hypothesis, y_train)')
    expect(lines.join('\n')).not.toContain('MISTAKE')
  })

  it('keeps a forgotten zero_grad in view, commented out, under what goes wrong', () => {
    const lines = code(['forgetZeroGrad'])
    const at = lines.indexOf('    # optimizer.zero_grad()')
    expect(at).toBeGreaterThan(0)
    const note = lines.slice(0, at).findLastIndex((line) => !line.startsWith('    # '))
    expect(lines[note + 1]).toMatch(/^ {4}# Improve H\(x\)/)
    expect(lines[note + 2]).toMatch(
      /^ {4}# DELIBERATE MISTAKE: optimizer\.zero_grad\(\) is left out/
    )
    lines.slice(note + 2, at).forEach((line) => expect(line.length).toBeLessThanOrEqual(100))
    expect(lines[at + 1]).toBe('    cost.backward()')
    expect(lines).not.toContain('    optimizer.zero_grad()')
  })

  it('computes the cost with F.mse_loss, or by hand without the clamp', () => {
    const mse = code(['mse'])
    const at = mse.indexOf('    cost = F.mse_loss(hypothesis, y_train)')
    expect(mse.slice(at - 2, at).join(' ')).toMatch(
      /^ {4}# DELIBERATE MISTAKE: the mean squared error/
    )
    const unclamped = code(['unclampedLog'], { style: 'module' })
    expect(unclamped).toContain(
      '    cost = -(y_train * torch.log(hypothesis) + (1 - y_train) * torch.log(1 - hypothesis)).mean()'
    )
    expect(unclamped).not.toContain('    cost = F.binary_cross_entropy(hypothesis, y_train)')
  })

  it('writes the mistake into each mini-batch step too, with Korean comments', () => {
    const config = withMistake(withMistake({ ...labConfig, batchSize: 2 }, 'mse'), 'forgetZeroGrad')
    const lines = pytorchCode(toyDataset(), config, { style: 'low-level', comments: 'ko' }).split(
      '\n'
    )
    expect(lines).toContain('        cost = F.mse_loss(hypothesis, y_batch)')
    expect(lines).toContain('        # optimizer.zero_grad()')
    expect(lines.filter((line) => line.includes('# 일부러 넣은 실수:'))).toHaveLength(2)
  })

  it('the preset rate is the optimizer line itself', () => {
    expect(code(['lrTooLarge'])).toContain('optimizer = optim.SGD([W, b], lr=100)')
  })
})
