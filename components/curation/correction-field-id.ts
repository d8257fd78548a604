import type { CorrectionField } from "@/lib/schemas/correction-form";

// The id of a correction field's control; the error summary links to it and the tests find it.
export const correctionFieldId = (field: CorrectionField) => `correction-${field}`;
