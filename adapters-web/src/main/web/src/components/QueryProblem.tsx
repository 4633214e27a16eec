import { NetworkError, ProblemError } from '../lib/api/client';
import { strings } from '../lib/strings';
import { Alert } from './Alert';

/** What a failed load says: offline, not found, or the server's own words, with a retry. */
export function QueryProblem({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  let message = strings.common.somethingWrong;
  if (error instanceof NetworkError) message = strings.common.offline;
  else if (error instanceof ProblemError && error.problem.status === 404) message = strings.common.notFound;
  else if (error instanceof ProblemError && error.problem.status < 500) message = error.problem.detail ?? error.problem.title;
  return (
    <Alert tone="error">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {strings.common.retry}
        </button>
      )}
    </Alert>
  );
}
