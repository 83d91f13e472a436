/** What main hands the training worker when it starts it. */
export interface TrainingWorkerData {
  /** The parallel accumulator's worker as a built script (absent when run from source). */
  accumulatorWorker?: string
}
