import { closeSync, createReadStream, openSync, readSync, statSync } from "node:fs";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { CsvError, parse } from "csv-parse";
import { hasUtf16Bom, looksLikeUtf16, utf16WithoutBom, UTF16_BOM_FAILURE, type DecodeResult } from "./decode";
import { detectDelimiter } from "./delimiter";
import { csvParseOptions, HEAD_BYTES, RecordTaker, syntaxProblem, type RecordConsumer } from "./parse-csv";
import type { ProblemList } from "./problems";
import { NfcRecords, type CsvTable, type TableLimits } from "./read-table";
import { Utf8StreamCheck } from "./utf8-stream";

// A CSV file read from disk as a stream, with the checks read-table.ts makes on bytes held whole,
// in the same order of precedence: the size, a UTF-16 byte order mark, bytes that are not UTF-8
// anywhere in the file, UTF-16 without a mark, two byte order marks, then the CSV itself. The
// records are handed over as they are parsed; the caller keeps what it finds apart until the
// result is known (a bad byte near the end refuses the file, and its rows say nothing then).

const CHUNK_BYTES = 1024 * 1024;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

type Failure = Extract<DecodeResult, { ok: false }>;

function readHead(file: string): Buffer {
  const fd = openSync(file, "r");
  try {
    const head = Buffer.alloc(HEAD_BYTES + 3);
    return head.subarray(0, readSync(fd, head, 0, head.length, 0));
  } finally {
    closeSync(fd);
  }
}

/** The file as CSV records handed to `onRecord`, or null when it cannot be read as one (the problem is added). */
export async function readTableFromFile(file: string, limits: TableLimits, problems: ProblemList, onRecord: RecordConsumer): Promise<CsvTable | null> {
  const size = statSync(file).size;
  if (size > limits.maxBytes) {
    problems.add({ code: "file_too_large", message: `the file is ${size} bytes; the limit is ${limits.maxBytes} bytes (MAX_UPLOAD_MB)` });
    return null;
  }
  const head = readHead(file);
  const encoding = (failure: Failure) => {
    problems.add({ row: failure.line, code: "encoding", message: failure.message });
    return null;
  };
  if (hasUtf16Bom(head)) return encoding(UTF16_BOM_FAILURE);
  const bom = UTF8_BOM.every((byte, index) => head[index] === byte) ? 3 : 0;
  const body = head.subarray(bom);
  const twoBoms = UTF8_BOM.every((byte, index) => body[index] === byte);
  if (looksLikeUtf16(body.subarray(0, 4096)) || twoBoms) {
    // Not parsed; but a byte that is not UTF-8 anywhere in it is the first thing to say.
    const failure = await checkUtf8(file, bom);
    if (failure) return encoding(failure);
    if (!twoBoms) return encoding(utf16WithoutBom(body.indexOf(0) + bom));
    problems.add({ row: 1, code: "encoding", message: "the file starts with two byte order marks; save it again as CSV UTF-8" });
    return null;
  }
  const text = body.subarray(0, HEAD_BYTES).toString("utf8");
  const delimiter = detectDelimiter(text);
  const records = new NfcRecords(onRecord);
  const taker = new RecordTaker({ maxRows: limits.maxRows, problems, allowNoRows: limits.allowNoRows, warnings: limits.warnings, onRecord: records.consumer });
  const check = new Utf8StreamCheck(bom);
  try {
    await pipeline(checkedChunks(file, bom, check), parse(csvParseOptions(delimiter.char, taker)), new Writable({ objectMode: true, write: (_record, _encoding, done) => done() }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const failure = check.failure ?? (await checkUtf8(file, bom));
    if (failure) return encoding(failure);
    problems.add(syntaxProblem(error, text));
    return null;
  }
  const failure = check.end();
  if (failure) return encoding(failure);
  const parsed = taker.result(delimiter.name);
  return parsed.ok ? records.table(parsed) : null;
}

/** The file's chunks after `start`, each checked as UTF-8 on the way; stops at the first bad byte. */
async function* checkedChunks(file: string, start: number, check: Utf8StreamCheck): AsyncGenerator<Buffer> {
  for await (const chunk of createReadStream(file, { start, highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    if (!check.feed(chunk)) return;
    yield chunk;
  }
}

/** The first bytes of the file that are not UTF-8; null when it all is. */
async function checkUtf8(file: string, start: number): Promise<Failure | null> {
  const check = new Utf8StreamCheck(start);
  for await (const chunk of createReadStream(file, { start, highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) if (!check.feed(chunk)) break;
  return check.end();
}
