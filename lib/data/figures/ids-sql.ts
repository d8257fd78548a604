import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { DialectSql, RawValue } from "@/lib/db/read-handles";

// The SQL a Prisma findMany of figure ids would send, written here so that the driver can run it
// (lib/db/read-handles.ts) without Prisma's query compiler and result handling, which cost more
// than the query itself on the API's hot list. The filters and orders stay defined once, as Prisma
// objects (where.ts, sort.ts); this translates the forms those files build and nothing else: any
// other form (a relation filter, a relation order) answers null and the caller asks Prisma.
// The translation follows Prisma's own SQL: `in` as IN, `not: null` as IS NOT NULL, `contains`,
// `startsWith` and `endsWith` as LIKE with the value bound as is (Prisma adds no ESCAPE either;
// where.ts and text-search.ts keep wildcards out), ORDER BY with each database's NULL placement.
// tests/db/api-figures-raw-ids.test.ts compares its ids with Prisma's for every filter and order.

type Where = Prisma.FigureWhereInput;
type OrderBy = Prisma.FigureOrderByWithRelationInput;

// Columns of Figure that the filters and orders use; a column not listed is not translated.
const COLUMNS = new Set([
  "id", "datasetId", "fromActorId", "toActorId", "parentId", "key", "label", "category", "kind", "unit", "qualifier", "value",
  "periodStart", "periodEnd", "yearStart", "yearEnd", "derived", "flags", "searchText",
]);

class Untranslatable extends Error {}

const OPERATORS: Record<string, string> = { gt: ">", gte: ">=", lt: "<", lte: "<=" };
const LIKE: Record<string, (value: string) => string> = {
  contains: (value) => `%${value}%`,
  startsWith: (value) => `${value}%`,
  endsWith: (value) => `%${value}`,
};

class Builder {
  readonly params: RawValue[] = [];
  /** `alias`: the table's alias in a statement that joins others. */
  constructor(
    private readonly postgres: boolean,
    private readonly alias = "",
  ) {}

  bind(value: unknown): string {
    if (typeof value === "boolean") this.params.push(this.postgres ? value : value ? 1 : 0);
    else if (typeof value === "string" || typeof value === "number") this.params.push(value);
    else throw new Untranslatable();
    return this.postgres ? `$${this.params.length}` : "?";
  }

  column(name: string): string {
    if (!COLUMNS.has(name)) throw new Untranslatable();
    return this.alias === "" ? `"${name}"` : `${this.alias}."${name}"`;
  }

  /** One field's condition: a value, null, or an object of operators (all must hold). */
  field(name: string, condition: unknown): string {
    const column = this.column(name);
    if (condition === null) return `${column} IS NULL`;
    if (typeof condition !== "object") return `${column} = ${this.bind(condition)}`;
    const parts = Object.entries(condition as Record<string, unknown>).map(([operator, value]) => {
      if (operator === "in") {
        if (!Array.isArray(value)) throw new Untranslatable();
        return value.length === 0 ? "1 = 0" : `${column} IN (${value.map((item) => this.bind(item)).join(", ")})`;
      }
      if (operator === "not") return value === null ? `${column} IS NOT NULL` : `${column} <> ${this.bind(value)}`;
      if (operator in OPERATORS) return `${column} ${OPERATORS[operator]} ${this.bind(value)}`;
      if (operator in LIKE && typeof value === "string") return `${column} LIKE ${this.bind(LIKE[operator]!(value))}`;
      throw new Untranslatable();
    });
    return parts.length === 0 ? "1 = 1" : `(${parts.join(" AND ")})`;
  }

  where(where: Where): string {
    const parts = Object.entries(where).map(([key, value]) => {
      if (key === "AND" || key === "OR") {
        const list = (Array.isArray(value) ? value : [value]) as Where[];
        if (list.length === 0) return key === "AND" ? "1 = 1" : "1 = 0";
        return `(${list.map((item) => this.where(item)).join(key === "AND" ? " AND " : " OR ")})`;
      }
      if (key === "NOT") {
        const list = (Array.isArray(value) ? value : [value]) as Where[];
        return list.length === 0 ? "1 = 1" : `NOT (${list.map((item) => this.where(item)).join(" AND ")})`;
      }
      return this.field(key, value);
    });
    return parts.length === 0 ? "1 = 1" : parts.join(" AND ");
  }

  orderBy(orderBy: OrderBy[]): string {
    return orderBy
      .map((part) => {
        const entries = Object.entries(part);
        const [name, dir] = entries[0] ?? [];
        if (entries.length !== 1 || (dir !== "asc" && dir !== "desc")) throw new Untranslatable();
        return `${this.column(name!)} ${dir === "asc" ? "ASC" : "DESC"}`;
      })
      .join(", ");
  }
}

interface IdsQuery {
  where: Where;
  orderBy: OrderBy[];
  skip?: number;
  take: number;
}

type Dialect = "sqlite" | "postgresql";

function translate<T>(dialect: Dialect, alias: string, write: (builder: Builder) => T): T | null {
  try {
    return write(new Builder(dialect === "postgresql", alias));
  } catch (error) {
    if (error instanceof Untranslatable) return null;
    throw error;
  }
}

const dialectSql = (text: string): DialectSql => ({ sqlite: text, postgresql: text });

/** The statement and parameters for these ids, or null when a part has no translation here. */
export function figureIdsSql({ where, orderBy, skip = 0, take }: IdsQuery, dialect: Dialect): { sql: DialectSql; params: RawValue[] } | null {
  return translate(dialect, "", (builder) => {
    const condition = builder.where(where);
    const order = builder.orderBy(orderBy);
    const limit = builder.bind(take);
    const offset = builder.bind(skip);
    const text = `SELECT "id" FROM "Figure" WHERE ${condition}${order ? ` ORDER BY ${order}` : ""} LIMIT ${limit} OFFSET ${offset}`;
    return { sql: dialectSql(text), params: builder.params };
  });
}

/**
 * Every matching figure in order, as `select` over `from` (in which the figure is `f`): the
 * statement and parameters, or null when a part has no translation here.
 */
export function figureSelectSql(
  { select, from, where, orderBy }: { select: string; from: string; where: Where; orderBy: OrderBy[] },
  dialect: Dialect,
): { sql: DialectSql; params: RawValue[] } | null {
  return translate(dialect, "f", (builder) => {
    const order = builder.orderBy(orderBy);
    const text = `SELECT ${select} FROM ${from} WHERE ${builder.where(where)}${order ? ` ORDER BY ${order}` : ""}`;
    return { sql: dialectSql(text), params: builder.params };
  });
}
