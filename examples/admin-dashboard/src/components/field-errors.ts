import { SlotkitError } from '@slotkit/sdk';
import { errorMessage } from '../app/api.ts';

/** Messages by field path (`title`, `questions.1.options`, `price.currency`), as the API's 422 `errors[]` name them. */
export type FieldErrors = Record<string, string>;

/** The per-field messages of a 422 `validation_failed` error (empty for any other error). */
export function fieldErrorsOf(error: unknown): FieldErrors {
  if (!(error instanceof SlotkitError) || error.code !== 'validation_failed') return {};
  const errors: FieldErrors = {};
  // The first message per path wins: it is the one the server found first, usually the most basic.
  for (const { path, message } of error.problem?.errors ?? []) errors[path || '_'] ??= message;
  return errors;
}

/** One sentence for a failed call, to show above a form or in a page's error banner. */
export function problemMessage(error: unknown): string {
  if (error instanceof SlotkitError) {
    if (error.code === 'validation_failed') return 'Some fields need attention; see the messages next to them.';
    if (error.code === 'connection_error' || error.code === 'timeout') return 'The server could not be reached. Check the connection and try again.';
    if (error.code === 'forbidden') return 'Your role does not allow this action.';
  }
  return errorMessage(error);
}

/**
 * The message for a field: its own path first, then (for a field holding a list or object)
 * the first message of anything inside it, so `durations.2` still shows next to the durations.
 */
export function errorFor(errors: FieldErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const inner = Object.keys(errors).find((key) => key.startsWith(`${path}.`));
  return inner === undefined ? undefined : errors[inner];
}

/** Messages the form cannot place next to any of its fields (shown in the summary instead). */
export function unplacedErrors(errors: FieldErrors, placed: readonly string[]): string[] {
  return Object.entries(errors)
    .filter(([path]) => !placed.some((p) => path === p || path.startsWith(`${p}.`)))
    .map(([path, message]) => (path === '_' ? message : `${path}: ${message}`));
}
