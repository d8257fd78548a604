import { intParam, keyParam } from "./params";

// Path parameters: a figure id is a positive integer written in digits, a dataset slug a key.
export const figureIdParamSchema = intParam(1, 2_147_483_647);
export const datasetSlugParamSchema = keyParam("dataset slug");
