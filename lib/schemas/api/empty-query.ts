import { z } from "zod";

// Endpoints that take no query parameters still refuse unknown ones, so a typo is not ignored.
export const emptyQuerySchema = z.strictObject({});
