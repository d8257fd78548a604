import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";

// Records the SQL that Prisma sends through a driver adapter, so the bench can show the query plan
// of exactly the statements lib/data issues (EXPLAIN QUERY PLAN / EXPLAIN), not a hand-written copy.

export interface LoggedQuery {
  sql: string;
  args: unknown[];
  argTypes?: SqlQuery["argTypes"];
}

export class QueryLog {
  private recording: LoggedQuery[] | null = null;

  record(query: SqlQuery): void {
    this.recording?.push({ sql: query.sql, args: query.args, argTypes: query.argTypes });
  }

  /** Runs `work` and returns what it returned together with the statements it sent. */
  async capture<T>(work: () => Promise<T>): Promise<{ result: T; queries: LoggedQuery[] }> {
    const queries: LoggedQuery[] = [];
    this.recording = queries;
    try {
      return { result: await work(), queries };
    } finally {
      this.recording = null;
    }
  }
}

function logging(adapter: SqlDriverAdapter, log: QueryLog): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, property) {
      if (property === "queryRaw" || property === "executeRaw") {
        const method = Reflect.get(target, property, target) as (query: SqlQuery) => Promise<unknown>;
        return (query: SqlQuery) => {
          log.record(query);
          return method.call(target, query);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** The same adapter factory, with every statement of its connections recorded in `log`. */
export function withQueryLog<F extends SqlDriverAdapterFactory>(factory: F, log: QueryLog): F {
  return new Proxy(factory, {
    get(target, property) {
      if (property === "connect") return async () => logging(await target.connect(), log);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
