import type { PropertyDeclarations } from 'lit';
import { fieldErrorsOf, problemMessage, type FieldErrors } from './field-errors.ts';
import { focusFirstError } from './form-fields.ts';
import { PageElement } from './page-element.ts';

/** How `FormPage.submit` reports what went wrong. */
export interface SubmitOptions {
  /** The banner when the browser's own checks fail (default: the banner stays as it is). */
  invalid?: string;
  /** Moves the API's field errors (of the refusal `error`) to the paths the form shows them at (default: as the API names them). */
  placeErrors?: (errors: FieldErrors, error: unknown) => FieldErrors;
  /** The banner when the API refuses, or none (default: `problemMessage`). */
  describe?: (error: unknown) => string | undefined;
}

/**
 * Base class of pages with a form: field errors next to the fields, a banner above the form,
 * and `saving` while a write is under way (its submit button shows it and is disabled).
 */
export class FormPage extends PageElement {
  static override properties: PropertyDeclarations = {
    ...PageElement.properties, errors: { state: true }, banner: { state: true }, saving: { state: true },
  };

  /** Messages by field path, shown next to the fields. */
  declare errors: FieldErrors;
  /** What failed, shown above the form. */
  declare banner: string | undefined;
  /** Whether a write is under way. */
  declare saving: boolean;

  constructor() {
    super();
    this.errors = {};
    this.saving = false;
  }

  /** Moves focus to the first field showing an error (else the banner) once the errors are on screen. */
  protected async focusFirstError(): Promise<void> {
    await this.updateComplete;
    focusFirstError(this.renderRoot);
  }

  /**
   * Shows `errors` (found in the browser) and stops when there are any; else runs `write`
   * while `saving`, and when the API refuses shows its field errors and a banner.
   */
  protected async submit(errors: FieldErrors, write: () => Promise<void>, options: SubmitOptions = {}): Promise<void> {
    this.errors = errors;
    if (Object.keys(errors).length) {
      if (options.invalid) this.banner = options.invalid;
      await this.focusFirstError();
      return;
    }
    this.saving = true;
    this.banner = undefined;
    try {
      await write();
    } catch (error) {
      const apiErrors = fieldErrorsOf(error);
      this.errors = options.placeErrors ? options.placeErrors(apiErrors, error) : apiErrors;
      this.banner = (options.describe ?? problemMessage)(error);
      await this.focusFirstError();
    } finally {
      this.saving = false;
    }
  }
}
