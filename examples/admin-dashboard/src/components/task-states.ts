import { html, type TemplateResult } from 'lit';
import type { Task } from '@lit/task';
import { errorMessage } from '../app/api.ts';
import './state-message.ts';

/**
 * Renders a `@lit/task` with the shared loading and error states (the error offers "Try
 * again", which reruns the task); `complete` renders the value.
 */
export function renderTask<T>(task: Task<readonly unknown[], T>, complete: (value: T) => unknown, loading = 'Loading…'): TemplateResult {
  return html`${task.render({
    initial: () => html`<sk-state kind="loading" .message=${loading}></sk-state>`,
    pending: () => html`<sk-state kind="loading" .message=${loading}></sk-state>`,
    complete,
    error: (error) => html`<sk-state kind="error" retry .message=${errorMessage(error)} @sk-retry=${() => task.run()}></sk-state>`,
  })}`;
}
