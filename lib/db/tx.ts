import type { PrismaClient } from "@/generated/prisma/client";

/**
 * The client a `prisma.$transaction(async (tx) => ...)` callback receives. Writes that must land
 * together (an import, a correction and its audit entry) take one, so the caller decides where the
 * transaction begins and ends. A PrismaClient is one too, for reads made outside a transaction.
 */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
