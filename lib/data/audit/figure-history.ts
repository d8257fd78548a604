import "server-only";
import { prisma } from "@/lib/db";
import type { AuditChangeDto, FigureHistoryEntryDto } from "@/lib/schemas/api/audit-response";

// Read functions for the audit log. An entry's `changes` column is JSON: { column: [old, new] } for
// an update, the whole row for a create or a delete (lib/data/audit/record.ts). Both become one list
// of { field, old, new }, so readers need not know the difference.

export type { FigureHistoryEntryDto };

const ACTIONS = ["create", "update", "delete"] as const;
type Action = (typeof ACTIONS)[number];

function parseChanges(action: Action, json: string): AuditChangeDto[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return [];
  return Object.entries(parsed as Record<string, unknown>).map(([field, value]) => {
    if (action === "update") {
      const [before, after] = Array.isArray(value) && value.length === 2 ? value : [null, value];
      return { field, old: before ?? null, new: after ?? null };
    }
    return action === "create" ? { field, old: null, new: value ?? null } : { field, old: value ?? null, new: null };
  });
}

/** Every audit entry of one figure, newest first. */
export async function listFigureHistory(figureId: number): Promise<FigureHistoryEntryDto[]> {
  const rows = await prisma.auditEntry.findMany({
    where: { entity: "figure", entityId: figureId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
  });
  return rows.map((row) => {
    const action: Action = (ACTIONS as readonly string[]).includes(row.action) ? (row.action as Action) : "update";
    return {
      id: row.id,
      at: row.at.toISOString(),
      actor: row.actor,
      action,
      reason: row.reason,
      importId: row.importId,
      changes: parseChanges(action, row.changes),
    };
  });
}

/** Does a figure exist, or did one with this id ever exist (a deleted figure keeps its history)? */
export async function figureHasRecord(figureId: number): Promise<boolean> {
  const [figure, entry] = await Promise.all([
    prisma.figure.findUnique({ where: { id: figureId }, select: { id: true } }),
    prisma.auditEntry.findFirst({ where: { entity: "figure", entityId: figureId }, select: { id: true } }),
  ]);
  return figure !== null || entry !== null;
}
