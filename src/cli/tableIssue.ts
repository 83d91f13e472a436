// A session's table that cannot be trained on or evaluated, in a phrase: its first invalid cell
// by row and column (named as the table names them), and how many more there are.
import { describeCsvIssue } from '../core'
import type { Session, SessionTrainingProblem } from '../shared/session'

export type TableIssue = Extract<SessionTrainingProblem, { code: 'invalidTable' }>

export function describeTableIssue(problem: TableIssue, session: Session): string {
  const { featureNames, labelName } = session.data
  const where = describeCsvIssue(problem.issue, { columnNames: [...featureNames, labelName] })
  const more = problem.problems - 1
  return more > 0 ? `${where} (and ${more} more problem${more > 1 ? 's' : ''})` : where
}
