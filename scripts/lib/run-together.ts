import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

// Runs test tiers side by side. Most of the suite waits on a browser, a server or a database rather
// than on the CPU (a full CI run used about 0.7 of its two cores), so tiers on separate databases
// overlap well. Each tier's output lines carry its name, so interleaved output stays readable.

export interface Task {
  /** Printed before each of the task's output lines, e.g. "sqlite". */
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string | undefined>;
}

function runTask(task: Task, width: number): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(task.command, task.args, {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...task.env },
    });
    const tag = `[${task.name}]`.padEnd(width + 2);
    for (const [stream, sink] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      createInterface({ input: stream, crlfDelay: Infinity }).on("line", (line) => sink.write(`${tag} ${line}\n`));
    }
    child.on("error", (error) => {
      process.stderr.write(`${tag} could not start: ${error.message}\n`);
      resolve(1);
    });
    child.on("close", (code, signal) => {
      if (code !== 0) process.stderr.write(`${tag} failed (exit ${code ?? signal})\n`);
      resolve(code ?? 1);
    });
  });
}

/** Runs the tasks at once and waits for all of them; true when every one exited 0. */
export async function runTogether(title: string, tasks: Task[]): Promise<boolean> {
  console.log(`\n=== ${title} ===`);
  const width = Math.max(...tasks.map((task) => task.name.length));
  const statuses = await Promise.all(tasks.map((task) => runTask(task, width)));
  return statuses.every((status) => status === 0);
}
