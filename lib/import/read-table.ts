import { checkUtf8Strict } from "./decode";
import { parseCsvText, type CsvRecord, type RecordConsumer } from "./parse-csv";
import type { Delimiter } from "./delimiter";
import type { ProblemList } from "./problems";
import type { WarningList } from "./warnings";

// A CSV file's bytes as a header and records, checked on the way: the size, strict UTF-8 (one
// byte order mark allowed), the CSV syntax and delimiter, and the number of rows. Text is normalised
// to NFC, so that one name cannot be stored in two spellings (a precomposed "é" and "e" + accent). Every file an
// import reads goes through here: the figures, an actors file, and each table of a data package.

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const NON_ASCII = /[^\u0000-\u007F]/;

export interface CsvTable {
  header: string[];
  /** Empty when the records were handed to a consumer as they were parsed. */
  records: CsvRecord[];
  /** How many data records the file has. */
  count: number;
  delimiter: Delimiter;
}

export interface TableLimits {
  maxBytes: number;
  maxRows: number;
  /** A table without data rows is valid (a data package's empty phases, for one); a file of figures is not. */
  allowNoRows?: boolean;
  /** Where a blank line between rows is reported. */
  warnings?: WarningList;
}

/** The file as CSV records and a header, or null when it cannot be read as one (the problem is added). */
export function readTable(bytes: Uint8Array, limits: TableLimits, problems: ProblemList, onRecord?: RecordConsumer): CsvTable | null {
  if (bytes.length > limits.maxBytes) {
    problems.add({
      code: "file_too_large",
      message: `the file is ${bytes.length} bytes; the limit is ${limits.maxBytes} bytes (MAX_UPLOAD_MB)`,
    });
    return null;
  }
  const checked = checkUtf8Strict(bytes);
  if (!checked.ok) {
    problems.add({ row: checked.line, code: "encoding", message: checked.message });
    return null;
  }
  // One byte order mark is allowed and already removed; papaparse would silently drop a second one.
  if (UTF8_BOM.every((byte, index) => checked.body[index] === byte)) {
    problems.add({ row: 1, code: "encoding", message: "the file starts with two byte order marks; save it again as CSV UTF-8" });
    return null;
  }
  const options = { maxRows: limits.maxRows, problems, allowNoRows: limits.allowNoRows, warnings: limits.warnings };
  if (onRecord) return readRecords(checked.body, options, onRecord);
  const decoded = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(checked.body);
  // Plain ASCII is already NFC: normalising it would only copy it.
  const text = NON_ASCII.test(decoded) ? decoded.normalize("NFC") : decoded;
  const parsed = parseCsvText(text, options);
  return parsed.ok ? { records: parsed.records, count: parsed.records.length, header: parsed.header, delimiter: parsed.delimiter } : null;
}

/**
 * The records handed over as they are parsed, from the bytes themselves: the file is never one
 * string (a million rows with some Cyrillic are a 770 MB string, and its NFC copy as much again).
 * Each cell is normalised to NFC on its own, which is what normalising the whole text gives: no
 * delimiter, quote or line break composes with what follows it.
 */
function readRecords(body: Uint8Array, options: Omit<Parameters<typeof parseCsvText>[1], "onRecord">, onRecord: RecordConsumer): CsvTable | null {
  const records = new NfcRecords(onRecord);
  const parsed = parseCsvText(Buffer.from(body.buffer, body.byteOffset, body.byteLength), { ...options, onRecord: records.consumer });
  return parsed.ok ? records.table(parsed) : null;
}

const nfc = (cell: string) => (NON_ASCII.test(cell) ? cell.normalize("NFC") : cell);

/** Hands records over with every cell and the header in NFC, and counts them. */
export class NfcRecords {
  private handed = 0;
  private header: string[] | null = null;

  constructor(private readonly onRecord: RecordConsumer) {}

  readonly consumer: RecordConsumer = (record, rawHeader) => {
    this.handed += 1;
    this.header ??= rawHeader.map(nfc);
    for (let i = 0; i < record.cells.length; i += 1) record.cells[i] = nfc(record.cells[i]!);
    this.onRecord(record, this.header);
  };

  table(parsed: Extract<ReturnType<typeof parseCsvText>, { ok: true }>): CsvTable {
    return { records: [], count: this.handed, header: this.header ?? parsed.header.map(nfc), delimiter: parsed.delimiter };
  }
}
