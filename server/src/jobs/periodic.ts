import type { Task } from 'graphile-worker';
import type { WorkerDeps } from './worker.ts';

/** Tasks that refresh data on a schedule (external calendar feeds). */
export function periodicTasks(_deps: WorkerDeps): Record<string, Task> {
  return {};
}
