import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { REACT_SERVER_CONDITION } from "@/lib/db/server-condition";

// Processes the bench starts and measures: their memory (from /proc, Linux only), and a clean way to
// run a TypeScript script under tsx in ONE process (node --import tsx), so the pid we measure is
// the process doing the work, not a launcher.

// The react-server condition: the scripts reach the database modules (lib/db/server-condition.ts).
const TSX = [REACT_SERVER_CONDITION, "--import", "tsx"];
const PEAK_RSS_PRELOAD = path.resolve("bench", "lib", "report-peak-rss.mjs");

/** Current and peak RSS of a process in bytes (VmRSS, VmHWM), or null when it is gone. */
export function memoryOf(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb("VmRSS"), peak: kb("VmHWM") };
  } catch {
    return null;
  }
}

/** Resets a process's peak RSS (VmHWM) to its current RSS, so a measurement starts from now. */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; returns the largest VmHWM/VmRSS seen. */
export function sampleRss(pid: number, everyMs = 50): { stop: () => number } {
  let peak = 0;
  const take = () => {
    const memory = memoryOf(pid);
    if (memory) peak = Math.max(peak, memory.peak, memory.rss);
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop: () => {
      take();
      clearInterval(timer);
      return peak;
    },
  };
}

export interface TimedRun {
  code: number | null;
  seconds: number;
  peakRssBytes: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node --import tsx script args` and reports its time and exact peak RSS. */
export function runTsMeasured(script: string, args: string[], env: Record<string, string>, { echo = true } = {}): Promise<TimedRun> {
  const rssFile = path.resolve("bench", "work", `rss-${process.pid}-${Date.now()}.json`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...TSX, "--import", PEAK_RSS_PRELOAD, script, ...args], {
      env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (echo) process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (echo) process.stderr.write(chunk);
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      const seconds = (performance.now() - started) / 1000;
      let peakRssBytes: number | null = null;
      if (existsSync(rssFile)) {
        peakRssBytes = (JSON.parse(readFileSync(rssFile, "utf8")) as { maxRssBytes: number }).maxRssBytes;
        rmSync(rssFile, { force: true });
      }
      resolve({ code, seconds, peakRssBytes, stdout, stderr });
    });
  });
}

export function spawnTs(script: string, args: string[], options: SpawnOptions): ChildProcess {
  return spawn(process.execPath, [...TSX, script, ...args], options);
}

export function commandExists(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/** Waits until an HTTP URL answers (any status below 500), or throws after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Stops a child and waits for it to be gone. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
