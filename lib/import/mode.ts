import { z } from "zod";

// merge (the default) adds and updates figures and never removes one; replace also removes the
// dataset's figures that the file does not list, each with an audit entry holding the whole row.
export const IMPORT_MODES = ["merge", "replace"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
export const importModeSchema = z.enum(IMPORT_MODES, { error: 'must be "merge" or "replace"' });
