import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient } from "@/lib/db";
import { createTempDb, onlyOnSqlite, type TempDb } from "@/tests/helpers/temp-db";

// A COMMIT that fails must roll back, and the next write must not be lost (Prisma issue #29933:
// the better-sqlite3 adapter left the connection inside the failed transaction, so later
// transactions hung and later plain writes vanished when the process ended).
//
// How the failure is forced: in rollback-journal mode a COMMIT needs an EXCLUSIVE lock, which it
// cannot get while another connection holds a SHARED (read) lock inside an open transaction; after
// the busy timeout, COMMIT fails with SQLITE_BUSY. Our databases run in WAL mode, where a reader
// never blocks a commit (the last test shows it), so this test switches its throwaway file to the
// rollback journal: it is the one way to make a COMMIT fail on demand. The write path under test
// (lib/db.ts → lib/db/sqlite-safe-adapter.ts) is the same in both modes.
//
// SQLite only: busy locks, journal modes and PRAGMAs are SQLite's; the PostgreSQL tier skips this.

const SHORT_BUSY_MS = 150;
let db: TempDb | undefined;
const clients: PrismaClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) await client.$disconnect().catch(() => {});
  await db?.cleanup();
  db = undefined;
});

async function openFile(journal: "DELETE" | "WAL"): Promise<string> {
  db = await createTempDb();
  await db.prisma.$queryRawUnsafe(`PRAGMA journal_mode = ${journal}`);
  await db.prisma.$disconnect();
  return db.file;
}

function track(client: PrismaClient): PrismaClient {
  clients.push(client);
  return client;
}

const actor = (code: string) => ({ code, name: code, kind: "state" });

/** A second connection that holds a read lock inside an open transaction until released. */
async function holdReadLock(file: string): Promise<{ release: () => Promise<void> }> {
  const reader = track(createPrismaClient(file));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let reading!: () => void;
  const readDone = new Promise<void>((resolve) => (reading = resolve));
  const transaction = reader.$transaction(
    async (tx) => {
      await tx.actor.count();
      reading();
      await released;
    },
    { timeout: 60_000 },
  );
  await readDone;
  return {
    release: async () => {
      release();
      await transaction;
    },
  };
}

/** Fails instead of hanging when a promise never settles (the unguarded adapter's symptom). */
function within<T>(promise: Promise<T>, ms = 5000): Promise<T | "timed out"> {
  return Promise.race([promise, new Promise<"timed out">((resolve) => setTimeout(() => resolve("timed out"), ms).unref())]);
}

/** The SQLite error code a failed promise carries (the adapter wraps it as the error's cause). */
async function busyCode(promise: Promise<unknown>): Promise<string | null> {
  const error = await promise.then(
    () => null,
    (cause: unknown) => cause,
  );
  const cause = (error as { cause?: { originalCode?: string } } | null)?.cause;
  return cause?.originalCode ?? null;
}

async function codesInFile(file: string): Promise<string[]> {
  const fresh = track(createPrismaClient(file));
  const rows = await fresh.actor.findMany({ orderBy: { code: "asc" } });
  await fresh.$disconnect();
  return rows.map((row) => row.code);
}

describe.skipIf(onlyOnSqlite())("a COMMIT that fails with SQLITE_BUSY (SQLite only)", () => {
  it("is rolled back, and later writes (plain and in transactions) are kept", async () => {
    const file = await openFile("DELETE");
    const writer = track(createPrismaClient(file, { busyTimeoutMs: SHORT_BUSY_MS }));
    await writer.actor.create({ data: actor("BEFORE") });

    const lock = await holdReadLock(file);
    const failed = writer.$transaction(async (tx) => {
      await tx.actor.create({ data: actor("FAILED") });
    });
    // The write itself succeeds (it only needs a RESERVED lock); the COMMIT is what fails.
    expect(await busyCode(failed)).toBe("SQLITE_BUSY");
    await lock.release();

    // The same client writes again, without and with a transaction: neither hangs.
    await writer.actor.create({ data: actor("LATER_PLAIN") });
    const inTransaction = await within(writer.$transaction((tx) => tx.actor.create({ data: actor("LATER_TX") })));
    expect(inTransaction).not.toBe("timed out");
    expect(await writer.actor.count({ where: { code: "FAILED" } })).toBe(0);
    await writer.$disconnect();

    // Read back through a fresh connection after the writer has gone: the failed transaction left
    // nothing, and both later writes are on disk.
    expect(await codesInFile(file)).toEqual(["BEFORE", "LATER_PLAIN", "LATER_TX"]);
  });

  it("loses later writes with the unguarded adapter (the upstream bug this guards against)", async () => {
    // If this starts failing, Prisma has fixed #29933 and lib/db/sqlite-safe-adapter.ts may be dropped.
    const file = await openFile("DELETE");
    const raw = track(new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}`, timeout: SHORT_BUSY_MS }) }));
    await raw.actor.create({ data: actor("BEFORE") });
    const lock = await holdReadLock(file);
    expect(await busyCode(raw.$transaction((tx) => tx.actor.create({ data: actor("FAILED") })))).toBe("SQLITE_BUSY");
    await lock.release();

    // Reported as written, but it lands inside the transaction that was never closed...
    await raw.actor.create({ data: actor("LATER_PLAIN") });
    // ...and the next transaction waits forever for the connection.
    expect(await within(raw.$transaction((tx) => tx.actor.count()), 1000)).toBe("timed out");
    await raw.$disconnect();
    expect(await codesInFile(file)).toEqual(["BEFORE"]);
  });

  it("cannot happen to a reader in WAL mode, which our databases use: the COMMIT succeeds", async () => {
    const file = await openFile("WAL");
    const writer = track(createPrismaClient(file, { busyTimeoutMs: SHORT_BUSY_MS }));
    const lock = await holdReadLock(file);
    await writer.$transaction((tx) => tx.actor.create({ data: actor("WAL_WRITE") }));
    await lock.release();
    await writer.$disconnect();
    expect(await codesInFile(file)).toEqual(["WAL_WRITE"]);
  });
});

describe.skipIf(onlyOnSqlite())("SQLite connections opened by lib/db.ts (SQLite only)", () => {
  it("sync every commit to disk (synchronous=FULL) and wait for a busy writer (busy timeout)", async () => {
    const file = await openFile("WAL");
    const client = track(createPrismaClient(file));
    const [sync] = await client.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
    expect(Number(sync!.synchronous)).toBe(2);
    const [journal] = await client.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(journal!.journal_mode).toBe("wal");
    const [timeout] = await client.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
    expect(Number(timeout!.timeout)).toBeGreaterThan(0);
  });
});
