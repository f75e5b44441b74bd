import { problemToString, type Problem } from '../model';

/**
 * Problems in one line for a notice: the first few with their JSON paths
 * (`nodes[3].config.timeoutSeconds: expected a number, got "abc"`), then how many more.
 */
export function summariseProblems(problems: readonly Problem[], max = 3): string {
  if (problems.length === 0) return 'no details were given';
  const shown = problems.slice(0, max).map(problemToString).join('; ');
  return problems.length > max ? `${shown} (and ${problems.length - max} more)` : shown;
}
