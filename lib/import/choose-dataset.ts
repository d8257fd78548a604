import { ProblemList } from "./problems";
import type { ImportRow } from "./row-schema";

// One dataset per file: the one asked for, or the one every row names. Seen row by row as the file
// is read (the rows are not kept in memory), and decided once it has been read; a row that names
// another dataset than the one asked for is reported after the rows' own problems.

export class DatasetChoice {
  /** Each dataset the rows name, and the first row naming it. */
  private readonly named = new Map<string, number>();
  private readonly mismatches = new ProblemList();
  private rows = 0;

  constructor(private readonly asked: string | null) {}

  add(row: ImportRow): void {
    this.rows += 1;
    const { dataset } = row;
    if (dataset === null) return;
    if (!this.named.has(dataset)) this.named.set(dataset, row.row);
    if (this.asked !== null && dataset !== this.asked)
      this.mismatches.add({
        row: row.row,
        column: "dataset",
        value: dataset,
        code: "dataset_mismatch",
        message: `this file imports into "${this.asked}", but the row names "${dataset}"`,
      });
  }

  /** The dataset; null when there is none (the problem is added). */
  choose(problems: ProblemList): string | null {
    if (this.asked !== null) {
      problems.append(this.mismatches);
      return this.asked;
    }
    if (this.named.size === 1) return [...this.named.keys()][0]!;
    if (this.named.size === 0) {
      // Without any valid row the rows' own problems say enough.
      if (this.rows > 0)
        problems.add({
          code: "no_dataset",
          message: "the file does not say which dataset it belongs to: fill the dataset column or choose a dataset",
        });
    } else
      problems.add({
        code: "no_dataset",
        message: `the rows name ${this.named.size} datasets (${[...this.named.keys()].slice(0, 5).join(", ")}); one file imports into one dataset`,
      });
    return null;
  }
}
