import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The module boundaries that eslint.config.mjs enforces: no server module in a "use client" file,
// nothing from app/ in components/ or lib/, and server actions only in lib/actions. Each rule is
// run on small snippets through ESLint's own API, then on the whole repository, which must pass.

const ROOT = path.resolve(import.meta.dirname, "../..");
const BOUNDARY_RULES = new Set(["boundaries/no-server-imports-in-client", "no-restricted-imports", "no-restricted-syntax"]);
const eslint = new ESLint({ cwd: ROOT, ruleFilter: ({ ruleId }) => BOUNDARY_RULES.has(ruleId) });

async function boundaryErrors(code: string, file: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).map((message) => message.ruleId);
}

const CLIENT = '"use client";\n';
const CLIENT_FILE = "components/example/client-widget.tsx";

describe("a file that starts with \"use client\"", () => {
  it.each([
    'import { prisma } from "@/lib/db";',
    'import { dialectOf } from "@/lib/db/dialect";',
    'import { listFigures } from "@/lib/data/figures/list";',
    'import { runImport } from "@/lib/import/run-import";',
    'import { getSession } from "@/lib/security/session";',
    'import { env } from "@/lib/env";',
    'import { PrismaClient } from "@/generated/prisma/client";',
    'import "server-only";',
    'import { readFileSync } from "node:fs";',
    'import { readFileSync } from "fs";',
    'import Database from "better-sqlite3";',
    'import { cookies } from "next/headers";',
    'import { prisma } from "../../lib/db";',
    'export { prisma } from "@/lib/db";',
    'const data = () => import("@/lib/data/overview");',
  ])("may not load a server module: %s", async (line) => {
    expect(await boundaryErrors(CLIENT + line, CLIENT_FILE)).toEqual(["boundaries/no-server-imports-in-client"]);
  });

  it.each([
    'import { correctFigureAction } from "@/lib/actions/correct-figure";',
    'import { formatNumber } from "@/lib/format";',
    'import { neutraliseText } from "@/lib/security/neutralise-text";',
    'import type { FigureDto } from "@/lib/data/figures/dto";',
    'import { type FigureDto } from "@/lib/data/figures/dto";',
    'import { useState } from "react";',
  ])("may load a shared module, a server action or a type: %s", async (line) => {
    expect(await boundaryErrors(CLIENT + line, CLIENT_FILE)).toEqual([]);
  });

  it("is told apart from a server component, which may load server modules", async () => {
    expect(await boundaryErrors('import { prisma } from "@/lib/db";', "components/example/server-widget.tsx")).toEqual([]);
    expect(await boundaryErrors('// "use client" in a comment does not count\nimport { prisma } from "@/lib/db";', "components/example/server-widget.tsx")).toEqual([]);
  });
});

describe("a \"use client\" file's imports, followed through the modules in between", () => {
  // Small modules on disk (in the git-ignored tmp/), since the rule reads the files it follows.
  const FIXTURES: Record<string, string> = {
    "loads-db.ts": 'import { prisma } from "@/lib/db";\nexport const count = () => prisma;\n',
    "re-exports.ts": 'export { count } from "./loads-db";\n',
    "uses-fs.ts": 'import {\n  readFileSync,\n} from "node:fs";\nexport const read = readFileSync;\n',
    "types-only.ts": 'import type { PrismaClient } from "@/generated/prisma/client";\nimport { type Database } from "better-sqlite3";\nexport type Both = PrismaClient | Database;\n',
    "action.ts": '"use server";\nimport { prisma } from "@/lib/db";\nexport async function save() {\n  await prisma.$connect();\n}\n',
    "cycle-a.ts": 'import { b } from "./cycle-b";\nexport const a = () => b;\n',
    "cycle-b.ts": 'import { a } from "./cycle-a";\nimport "./uses-fs";\nexport const b = () => a;\n',
  };
  let folder = "";

  beforeAll(() => {
    mkdirSync(path.join(ROOT, "tmp"), { recursive: true });
    folder = path.relative(ROOT, mkdtempSync(path.join(ROOT, "tmp", "lint-boundaries-")));
    for (const [name, text] of Object.entries(FIXTURES)) writeFileSync(path.join(ROOT, folder, name), text);
  });
  afterAll(() => rmSync(path.join(ROOT, folder), { recursive: true, force: true }));

  it.each(["loads-db", "re-exports", "uses-fs", "cycle-a", "cycle-b"])("may not reach a server-only module through %s", async (name) => {
    const [result] = await eslint.lintText(`${CLIENT}import { thing } from "@/${folder}/${name}";`, { filePath: path.join(ROOT, CLIENT_FILE) });
    expect(result?.messages.map((message) => message.ruleId)).toEqual(["boundaries/no-server-imports-in-client"]);
    expect(result?.messages[0]?.message).toMatch(/loads a server module \(.+→ (lib\/db|node:fs)\)/);
  });

  it.each(["types-only", "action"])("may import %s, which loads a server module only for types or behind \"use server\"", async (name) => {
    expect(await boundaryErrors(`${CLIENT}import { thing } from "@/${folder}/${name}";`, CLIENT_FILE)).toEqual([]);
  });
});

describe("components/ and lib/", () => {
  it.each([
    ["components/example/widget.tsx", 'import { thing } from "@/app/curate/thing";'],
    ["components/example/widget.tsx", 'import styles from "../../app/curate/imports/imports.module.css";'],
    ["lib/example/helper.ts", 'import { thing } from "@/app/login/page";'],
    ["lib/example.ts", 'export { thing } from "../app/thing";'],
  ])("may not import from app/: %s", async (file, line) => {
    expect(await boundaryErrors(line, file)).toEqual(["no-restricted-imports"]);
  });

  it("may import each other, and app/ may import them", async () => {
    expect(await boundaryErrors('import { formatNumber } from "@/lib/format";', "components/example/widget.tsx")).toEqual([]);
    expect(await boundaryErrors('import { Widget } from "@/components/example/widget";', "app/example/page.tsx")).toEqual([]);
    expect(await boundaryErrors('import { thing } from "@/app/example/thing";', "app/other/page.tsx")).toEqual([]);
  });
});

describe('"use server"', () => {
  const action = '"use server";\nexport async function save() {}\n';
  const inline = 'export function Form() {\n  async function save() {\n    "use server";\n  }\n  return save;\n}\n';

  it("is allowed in lib/actions only", async () => {
    expect(await boundaryErrors(action, "lib/actions/example.ts")).toEqual([]);
    expect(await boundaryErrors(action, "app/example/actions.ts")).toEqual(["no-restricted-syntax"]);
    expect(await boundaryErrors(action, "lib/data/example.ts")).toEqual(["no-restricted-syntax"]);
    expect(await boundaryErrors(inline, "app/example/page.tsx")).toEqual(["no-restricted-syntax"]);
  });
});

describe("the repository", () => {
  it("keeps every boundary", { timeout: 180_000 }, async () => {
    const results = await eslint.lintFiles(["app", "components", "lib", "proxy.ts"]);
    const problems = results.flatMap((result) =>
      result.messages.map((message) => `${path.relative(ROOT, result.filePath)}:${message.line} ${message.ruleId}: ${message.message}`),
    );
    expect(results.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});
