import { z } from "zod";

// The body of GET /api/health when the instance is ready (the 503 uses the API's error shape).
export const healthSchema = z.object({
  status: z.literal("ready"),
  database: z.enum(["sqlite", "postgresql"]),
  migrations: z.int().min(0).meta({ description: "Migrations shipped with this build, all applied." }),
});
