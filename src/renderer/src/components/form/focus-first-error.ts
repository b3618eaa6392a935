// After a submit with errors, bring the first one into view and give it the focus, in page order:
// a field marked invalid, or a message marked with data-form-error (an error about several fields,
// e.g. the call's sub-goal frames, or the form's own error above the buttons).
import { useCallback, useRef } from 'react';

export const FORM_ERROR_ATTRIBUTE = 'data-form-error';

const ERROR_SELECTOR = `[aria-invalid="true"], [${FORM_ERROR_ATTRIBUTE}]`;

export function focusFirstError(container: HTMLElement | null): void {
  const first = container?.querySelector<HTMLElement>(ERROR_SELECTOR);
  if (!first) return;
  if (first.hasAttribute(FORM_ERROR_ATTRIBUTE) && first.tabIndex < 0 && !first.hasAttribute('tabindex')) {
    first.tabIndex = -1;
  }
  first.scrollIntoView({ block: 'center' });
  first.focus({ preventScroll: true });
}

/**
 * A ref for the form element and a function for handleSubmit's invalid callback (and after a
 * service refusal): it waits for the errors to be drawn, then focuses the first.
 */
export function useFocusFirstError<E extends HTMLElement = HTMLFormElement>() {
  const ref = useRef<E>(null);
  const focusError = useCallback(() => {
    requestAnimationFrame(() => focusFirstError(ref.current));
  }, []);
  return { formRef: ref, focusError };
}

/** Props that mark an error message as one focusFirstError may land on. */
export const formErrorProps = (hasError: boolean) => (hasError ? { [FORM_ERROR_ATTRIBUTE]: '' } : {});
