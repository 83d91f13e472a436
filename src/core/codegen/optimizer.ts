// torch.optim.SGD(...) / torch.optim.Adam(...) as a person writes it: the learning rate always
// (SGD requires it, and it is the one setting everyone picks), then only what differs from
// PyTorch's defaults.
import { defaultAdam, defaultSgd, type OptimizerConfig } from '../config'
import { pythonNumber } from './python'

export function optimizerCall(optimizer: OptimizerConfig, parameters: string): string {
  const args = [parameters, `lr=${pythonNumber(optimizer.lr)}`]
  const add = (name: string, value: number, fallback: number): void => {
    if (value !== fallback) args.push(`${name}=${pythonNumber(value)}`)
  }
  if (optimizer.kind === 'sgd') {
    add('momentum', optimizer.momentum, defaultSgd.momentum)
    add('dampening', optimizer.dampening, defaultSgd.dampening)
    if (optimizer.nesterov) args.push('nesterov=True')
    add('weight_decay', optimizer.weightDecay, defaultSgd.weightDecay)
    return `optim.SGD(${args.join(', ')})`
  }
  if (optimizer.beta1 !== defaultAdam.beta1 || optimizer.beta2 !== defaultAdam.beta2) {
    args.push(`betas=(${pythonNumber(optimizer.beta1)}, ${pythonNumber(optimizer.beta2)})`)
  }
  add('eps', optimizer.eps, defaultAdam.eps)
  add('weight_decay', optimizer.weightDecay, defaultAdam.weightDecay)
  return `optim.Adam(${args.join(', ')})`
}
