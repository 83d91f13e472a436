// What each validated request does: training requests go to the TrainingService of the calling
// window, the rest to the desktop shell (menu language, the system browser).
import type { ApiResult, Locale, Speed, TrainRequest } from '@shared/contract'
import type { RequestHandlers } from './ipc'

/** The part of TrainingService (./training/service.ts) that requests reach. */
export interface TrainingPort {
  train(ownerId: number, request: TrainRequest): Promise<ApiResult<{ runId: string }>>
  pause(ownerId: number, runId: string): Promise<ApiResult<null>>
  resume(ownerId: number, runId: string): Promise<ApiResult<null>>
  stop(ownerId: number, runId: string): Promise<ApiResult<null>>
  step(ownerId: number, runId: string, epochs: number): Promise<ApiResult<null>>
  setSpeed(ownerId: number, runId: string, speed: Speed): Promise<ApiResult<null>>
}

export interface ShellPort {
  setMenuLocale(locale: Locale): void
  /** False when the URL is not on the allow-list (and so was not opened). */
  openAllowedLink(url: string): Promise<boolean>
}

const done: ApiResult<null> = { ok: true, value: null }

export function createRequestHandlers(training: TrainingPort, shell: ShellPort): RequestHandlers {
  return {
    train: (owner, request) => training.train(owner, request),
    pause: (owner, { runId }) => training.pause(owner, runId),
    resume: (owner, { runId }) => training.resume(owner, runId),
    stop: (owner, { runId }) => training.stop(owner, runId),
    step: (owner, { runId, epochs }) => training.step(owner, runId, epochs),
    setSpeed: (owner, { runId, speed }) => training.setSpeed(owner, runId, speed),
    setLocale: async (_owner, { locale }) => {
      shell.setMenuLocale(locale)
      return done
    },
    openExternal: async (_owner, { url }) =>
      (await shell.openAllowedLink(url))
        ? done
        : {
            ok: false,
            error: { code: 'invalidPayload', field: 'url', message: 'not an allowed link' }
          }
  }
}
