// Prints a scrypt hash of a curator password for CURATOR_PASSWORD_HASH (lib/security/password-hash.ts).
// Usage:
//   npm run auth:hash-password                     (asks twice, without echo)
//   printf '%s' "$PASSWORD" | npm run auth:hash-password --silent   (reads stdin, for scripts)
// The password is never taken from the command line, where it would land in the shell history.
import { createInterface } from "node:readline";
import { hashPassword } from "@/lib/security/password-hash";

const MIN_LENGTH = 12;

function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Echo nothing while the password is typed.
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    output._writeToOutput = (text: string) => {
      if (text.includes(question)) process.stdout.write(question);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

async function main() {
  let password: string;
  if (process.stdin.isTTY) {
    password = await askHidden("Curator password: ");
    if ((await askHidden("Again: ")) !== password) throw new Error("The two passwords differ; nothing printed.");
  } else {
    password = await readStdin();
  }
  if (password.length < MIN_LENGTH) throw new Error(`Use at least ${MIN_LENGTH} characters.`);
  const hash = await hashPassword(password);
  // Single quotes keep shells from touching the value; ":" needs no escaping in .env files either.
  console.log(`CURATOR_PASSWORD_HASH='${hash}'`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
