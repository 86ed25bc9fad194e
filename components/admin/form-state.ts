/** What a server action behind a form answers: an error to show, or a short confirmation. */
export interface FormState {
  error?: string;
  notice?: string;
}
