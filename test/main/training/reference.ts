// What the lab's loop prints and records for a request when run straight through, to compare
// a streamed run with.
import { costLine, Trainer, type Dataset } from '@core'
import type { TrainRequest } from '@shared/contract'

export function referenceRun(request: TrainRequest): {
  lines: string[]
  costs: number[]
  weights: number[]
  bias: number
} {
  const { config } = request
  const dataset: Dataset = { ...request.data }
  const trainer = Trainer.start(dataset, config)
  const lines: string[] = []
  const costs: number[] = []
  trainer.run(Infinity, ({ epoch, cost }) => {
    costs.push(cost)
    if (epoch % config.logEvery === 0) {
      lines.push(costLine(epoch, config.epochs, cost))
    }
  })
  return { lines, costs, weights: trainer.weights, bias: trainer.bias }
}
