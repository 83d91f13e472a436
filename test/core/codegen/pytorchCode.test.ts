// The generated code's shape: the lab's code, in both of its styles, with exactly the run's
// settings. (That PyTorch prints Logit Lab's lines when it runs the code is checked in
// pytorchCode.pytorch.test.ts.)
import { describe, expect, it } from 'vitest'
import {
  defaultAdam,
  labConfig,
  pytorchCode,
  toyDataset,
  type Dataset,
  type PytorchCodeOptions,
  type TrainingConfig
} from '@core'

const toy = toyDataset()
const code = (
  config: Partial<TrainingConfig> = {},
  options: Partial<PytorchCodeOptions> = {},
  data: Dataset = toy
): string => pytorchCode(data, { ...labConfig, ...config }, { style: 'low-level', ...options })
const lines = (text: string): string[] => text.split('\n')

// The lab's training cell (PyTorch Lab-05), with F.binary_cross_entropy, and its evaluation.
const labCode = `# Logistic regression as in PyTorch Lab-05 of 모두를 위한 딥러닝 시즌2, with Logit Lab's data and settings.
# Run it with PyTorch (python3 lab.py): it prints the lines Logit Lab prints.
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim

# For reproducibility
torch.manual_seed(1)

# Training data: x1, x2 -> y
x_data = [[1, 2], [2, 3], [3, 1], [4, 3], [5, 3], [6, 2]]
y_data = [[0], [0], [0], [1], [1], [1]]
x_train = torch.FloatTensor(x_data)
y_train = torch.FloatTensor(y_data)

# Model init: W and b start at zero
W = torch.zeros((2, 1), requires_grad=True)
b = torch.zeros(1, requires_grad=True)
# Optimizer
optimizer = optim.SGD([W, b], lr=1)

nb_epochs = 1000
for epoch in range(nb_epochs + 1):

    # Cost
    hypothesis = torch.sigmoid(x_train.matmul(W) + b)
    cost = F.binary_cross_entropy(hypothesis, y_train)

    # Improve H(x) with the cost
    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

    # A log line every 100 epochs
    if epoch % 100 == 0:
        print('Epoch {:4d}/{} Cost: {:.6f}'.format(
            epoch, nb_epochs, cost.item()
        ))


def as_list(values, spec):
    return '[' + ', '.join(spec.format(v) for v in values) + ']'


# The model after training (Logit Lab prints the same lines)
hypothesis = torch.sigmoid(x_train.matmul(W) + b)
prediction = hypothesis >= torch.FloatTensor([0.5])
correct_prediction = prediction.float() == y_train
accuracy = correct_prediction.sum().item() / len(correct_prediction)
print('Weights: ' + as_list(W.view(-1).tolist(), '{:.4f}'))
print('Bias: {:.4f}'.format(b.item()))
print('Probabilities: ' + as_list(hypothesis.view(-1).tolist(), '{:.4f}'))
print('Predictions: ' + as_list(prediction.view(-1).tolist(), '{:d}'))
print('The model has an accuracy of {:2.2f}% for the training set.'.format(accuracy * 100))
`

describe('pytorchCode', () => {
  it("writes the lab's low-level code for the lab's run", () => {
    expect(code()).toBe(labCode)
  })

  it("writes the lab's BinaryClassifier in the module style, zeroed for the zeros init", () => {
    const text = code({}, { style: 'module' })
    expect(text).toContain(
      [
        'class BinaryClassifier(nn.Module):',
        '    def __init__(self):',
        '        super().__init__()',
        '        self.linear = nn.Linear(2, 1)',
        '        self.sigmoid = nn.Sigmoid()',
        '',
        '    def forward(self, x):',
        '        return self.sigmoid(self.linear(x))',
        '',
        '',
        'model = BinaryClassifier()',
        '# Model init: the weight and the bias set to zero',
        'nn.init.zeros_(model.linear.weight)',
        'nn.init.zeros_(model.linear.bias)',
        '# Optimizer',
        'optimizer = optim.SGD(model.parameters(), lr=1)'
      ].join('\n')
    )
    expect(text).toContain('    hypothesis = model(x_train)\n')
    expect(text).toContain(
      "print('Weights: ' + as_list(model.linear.weight.view(-1).tolist(), '{:.4f}'))"
    )
    expect(text).not.toContain('W = ')
  })

  it("starts from nn.Linear's own init after the seed for the torch init, in both styles", () => {
    const lowLevel = code({ init: 'torch', seed: 7 })
    expect(lowLevel).toContain('torch.manual_seed(7)\n')
    expect(lowLevel).toContain(
      [
        'linear = nn.Linear(2, 1)',
        'W = linear.weight.detach().T.clone().requires_grad_(True)  # (1, 2) -> (2, 1)',
        'b = linear.bias.detach().clone().requires_grad_(True)'
      ].join('\n')
    )
    expect(lowLevel).not.toContain('torch.zeros')
    const module = code({ init: 'torch', seed: 7 }, { style: 'module' })
    expect(module).toContain('model = BinaryClassifier()\n# Optimizer\n')
    expect(module).not.toContain('zeros_')
  })

  it('writes the settings: epochs, log interval, optimizer, threshold, seed', () => {
    const text = code({
      epochs: 250,
      logEvery: 25,
      seed: 4294967297,
      threshold: 0.3,
      optimizer: { ...defaultAdam, lr: 0.1, beta1: 0.8 }
    })
    expect(text).toContain('torch.manual_seed(4294967297)\n')
    expect(text).toContain('nb_epochs = 250\n')
    expect(text).toContain('    # A log line every 25 epochs\n    if epoch % 25 == 0:\n')
    expect(text).toContain('optimizer = optim.Adam([W, b], lr=0.1, betas=(0.8, 0.999))\n')
    expect(text).toContain('prediction = hypothesis >= torch.FloatTensor([0.3])\n')
  })

  it("logs the accuracy as the lab's second loop does when asked", () => {
    const text = code({}, { logAccuracy: true })
    expect(text).toContain(
      [
        '    if epoch % 100 == 0:',
        '        prediction = hypothesis >= torch.FloatTensor([0.5])',
        '        correct_prediction = prediction.float() == y_train',
        '        accuracy = correct_prediction.sum().item() / len(correct_prediction)',
        "        print('Epoch {:4d}/{} Cost: {:.6f} Accuracy {:2.2f}%'.format(",
        '            epoch, nb_epochs, cost.item(), accuracy * 100,',
        '        ))'
      ].join('\n')
    )
  })

  it('takes batches in torch.randperm(n) order for mini-batches, and the full batch from B >= n', () => {
    const text = code({ batchSize: 4 })
    expect(text).toContain('batch_size = 4\nn = len(x_train)\n')
    expect(text).toContain('    order = torch.randperm(n)\n')
    expect(text).toContain('        rows = order[start:start + batch_size]\n')
    expect(text).toContain(
      "        print('Epoch {:4d}/{} Cost: {:.6f}'.format(\n            epoch, nb_epochs, epoch_cost / n\n"
    )
    expect(code({ batchSize: 6 })).toBe(code())
    expect(code({ batchSize: 60 })).toBe(code())
  })

  it("re-seeds a zeroed module before its first shuffle: Logit Lab's zeros init draws nothing", () => {
    const zeros = lines(code({ batchSize: 4, seed: 9 }, { style: 'module' }))
    const reseed = zeros.indexOf(
      'torch.manual_seed(9)',
      zeros.indexOf('nn.init.zeros_(model.linear.bias)')
    )
    expect(reseed).toBeGreaterThan(0)
    expect(reseed).toBeLessThan(zeros.indexOf('    order = torch.randperm(n)'))
    const torchInit = code({ batchSize: 4, seed: 9, init: 'torch' }, { style: 'module' })
    expect(torchInit.match(/torch\.manual_seed\(9\)/g)).toHaveLength(1)
    expect(code({ seed: 9 }, { style: 'module' }).match(/torch\.manual_seed\(9\)/g)).toHaveLength(1)
  })

  it('names the columns in a comment that no name can break out of', () => {
    const data: Dataset = { ...toy, featureNames: ['hours\nimport os', '실습 시간'] }
    const text = code({}, { labelName: '합격', featureNames: data.featureNames }, data)
    expect(text).toContain('# Training data: hours import os, 실습 시간 -> 합격\n')
    expect(lines(text).some((line) => line.startsWith('import os'))).toBe(false)
  })

  it('writes every row of larger data, packed into lines of at most 99 characters', () => {
    const rows = 300
    const data: Dataset = {
      rows,
      cols: 3,
      x: Float64Array.from({ length: rows * 3 }, (_, k) => Math.sin(k) / 3),
      y: Float64Array.from({ length: rows }, (_, k) => k % 2),
      featureNames: ['a', 'b', 'c']
    }
    const text = code({}, {}, data)
    const x = text.slice(text.indexOf('x_data = ['), text.indexOf('\n]\n') + 2)
    expect(x.match(/\[[^[\]]+\]/g)).toHaveLength(rows)
    expect(x).toContain(`[${[0, 1, 2].map((k) => String(Math.sin(k) / 3)).join(', ')}],`)
    for (const line of lines(text)) {
      if (!line.startsWith('#')) expect(line.length).toBeLessThanOrEqual(99)
    }
  })

  it("writes the lab's Korean comments when asked, the code itself unchanged", () => {
    const korean = code({}, { comments: 'ko' })
    expect(korean).toContain('# 모델 초기화\n')
    expect(korean).toContain('    # cost로 H(x) 개선\n')
    expect(korean).toContain('    # 100번마다 로그 출력\n')
    const codeOnly = (text: string): string[] =>
      lines(text).filter((l) => !l.trim().startsWith('#'))
    expect(codeOnly(korean)).toEqual(codeOnly(code()))
  })

  it('refuses a config the trainer refuses, as Trainer.start does', () => {
    expect(() => code({ epochs: -1 })).toThrow(RangeError)
    expect(() => code({ optimizer: { ...defaultAdam, beta1: 1 } })).toThrow(/optimizer.beta1/)
  })
})
