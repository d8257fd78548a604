import type { CorrectionValues, FieldErrors } from "@/lib/schemas/correction-form";

// What the curation server actions answer to the forms that call them. `status` follows HTTP, so a
// form (and the access tests) can tell "log in again" (401), "not from our site" (403), "fix these
// fields" (400), "changed by someone else" (409) and "too many attempts" (429) apart.

export interface CorrectionState {
  status: number;
  message: string | null;
  fieldErrors: FieldErrors;
  formErrors: string[];
  values: CorrectionValues;
}

export interface LoginState {
  status: number;
  message: string | null;
  fieldErrors: { user?: string; password?: string };
  user: string;
}

export const INITIAL_LOGIN_STATE: LoginState = { status: 0, message: null, fieldErrors: {}, user: "" };
