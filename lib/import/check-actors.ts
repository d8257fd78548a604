import { isIsoCountryCode } from "@/lib/vocab/actors";
import { FileProblems, type DeclaredActor } from "./actors-file";
import type { ImportContext, StoredActor } from "./context";
import type { ProblemList } from "./problems";
import type { ImportRow } from "./row-schema";

// The actors an import names. A code is known when the database has it, when the import's actors
// file declares it, or when it is an ISO 3166-1 alpha-3 country code (its row is then created with
// the import). Stored actors are shared by every dataset, so an import never changes one: a
// declaration of a stored code must agree with it on everything it states.

export function checkActorCodes(rows: Iterable<ImportRow>, declared: ReadonlyMap<string, unknown>, context: ImportContext, problems: ProblemList): void {
  for (const { row, entry } of rows) {
    for (const [column, code] of [
      ["from", entry.from],
      ["to", entry.to],
    ] as const) {
      if (code === null || context.actors.has(code) || declared.has(code) || isIsoCountryCode(code)) continue;
      problems.add({
        row,
        column,
        value: code,
        code: "unknown_actor",
        message: `unknown actor "${code}": it is not an ISO 3166-1 alpha-3 country code and no actors file declares it (data:import --actors actors.csv, with its code, name and kind)`,
      });
    }
  }
}

const DECLARED_COLUMNS = [
  ["name", "name"],
  ["kind", "kind"],
  ["nativeName", "native_name"],
  ["description", "description"],
  ["startYear", "start_year"],
  ["endYear", "end_year"],
] as const satisfies readonly (readonly [keyof StoredActor, string])[];

export function checkDeclaredActors(declared: readonly DeclaredActor[], fileName: string, context: ImportContext, problems: ProblemList): void {
  const own = new FileProblems(problems, fileName);
  for (const { row, actor } of declared) {
    const stored = context.actors.get(actor.code);
    if (!stored) continue;
    for (const [field, column] of DECLARED_COLUMNS) {
      const value = actor[field];
      if (value === null || value === stored[field]) continue;
      own.add({
        row,
        column,
        value: String(value),
        code: "actor_conflict",
        message: `actor "${actor.code}" is already stored with ${column} ${JSON.stringify(stored[field])}, and imports do not change stored actors: leave the cell empty or copy the stored value`,
      });
    }
  }
}
