import { z } from "zod";

// Who ran an import, as recorded in ImportRun and the audit log: the curator's user name for an
// upload, --actor (or cli:<login>) on the command line. Short, printable, one line.
export const actorNameSchema = z
  .string()
  .regex(/^[\p{L}\p{N}._@:+-]{1,64}$/u, { message: "must be 1 to 64 letters, digits or . _ @ : + -" });
