import { actorEntrySchema, type ActorEntry } from "@/lib/schemas/dataset-file";
import { ProblemList } from "./problems";
import { readTableRows, renamed } from "./table-rows";

// The actors an import declares (`data:import --actors actors.csv`): those that are neither in the
// database nor ISO 3166-1 alpha-3 countries, such as a state that no longer exists, a government,
// a region or an organisation. One row per actor, checked cell by cell with the dataset file's own
// actor schema; every problem names the file, its row and its column ("actors.csv:kind").

export const ACTOR_TABLE = renamed<ActorEntry>(
  { code: "code", name: "name", kind: "kind", start_year: "startYear", end_year: "endYear", native_name: "nativeName", description: "description" },
  {
    columns: {
      code: { type: "text", required: true },
      name: { type: "text", required: true },
      kind: { type: "text", required: true },
      start_year: { type: "year" },
      end_year: { type: "year" },
      native_name: { type: "text" },
      description: { type: "text" },
    },
    schema: actorEntrySchema,
    unique: { column: "code", what: "actor" },
  },
);

/** Problems of one file, counted on their own and passed on to the import's list with the file named. */
export class FileProblems extends ProblemList {
  constructor(
    private readonly into: ProblemList,
    private readonly file: string,
  ) {
    super();
  }

  override add(problem: Parameters<ProblemList["add"]>[0]): void {
    super.add(problem);
    this.into.add({ ...problem, column: problem.column ? `${this.file}:${problem.column}` : this.file });
  }
}

/** A declared actor and the row of the actors file that declares it. */
export interface DeclaredActor {
  row: number;
  actor: ActorEntry;
}

export interface ActorsFileInput {
  fileName: string;
  records: { row: number; cells: string[] }[];
  header: string[];
}

/** The declared actors, or null when the file has problems (added to `problems`). */
export function readActorsFile({ fileName, header, records }: ActorsFileInput, problems: ProblemList): DeclaredActor[] | null {
  const rows = readTableRows(ACTOR_TABLE, { header, records }, new FileProblems(problems, fileName));
  return rows === null ? null : rows.map(({ row, entry }) => ({ row, actor: entry }));
}
