import { WrongExpectedRevisionError } from '@jejak/eventstore';
import { HttpProblem } from '@jejak/http';
import { LoadedWorkflow } from '../shared/workflow-stream';

/**
 * Someone acted on the submission since the caller read it (or at the same moment): 409, with
 * where it stands now, so the official sees who was faster without reloading.
 */
export class WorkflowConflict extends HttpProblem {
  constructor(error: WrongExpectedRevisionError, current: LoadedWorkflow) {
    const { status, currentStep, round } = current.state;
    super(
      409,
      error.code,
      'Someone acted on this submission since you read it; it now stands as `current` says.',
      [],
      {
        currentRevision: current.revision,
        expectedRevision: error.expected,
        current: { status, step: currentStep, round, revision: current.revision },
      },
    );
  }
}
