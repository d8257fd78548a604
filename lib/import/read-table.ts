import { decodeUtf8Strict } from "./decode";
import { parseCsvText, type CsvRecord, type RecordConsumer } from "./parse-csv";
import type { Delimiter } from "./delimiter";
import type { ProblemList } from "./problems";
import type { WarningList } from "./warnings";

// A CSV file's bytes as a header and records, checked on the way: the size, strict UTF-8 (one
// byte order mark allowed), the CSV syntax and delimiter, and the number of rows. Text is normalised
// to NFC, so that one name cannot be stored in two spellings (a precomposed "é" and "e" + accent). Every file an
// import reads goes through here: the figures, an actors file, and each table of a data package.

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
  const decoded = decodeUtf8Strict(bytes);
  if (!decoded.ok) {
    problems.add({ row: decoded.line, code: "encoding", message: decoded.message });
    return null;
  }
  // One byte order mark is allowed and already removed; papaparse would silently drop a second one.
  if (decoded.text.startsWith("\uFEFF")) {
    problems.add({ row: 1, code: "encoding", message: "the file starts with two byte order marks; save it again as CSV UTF-8" });
    return null;
  }
  // Plain ASCII is already NFC: normalising it would only copy it.
  const text = /[^\u0000-\u007F]/.test(decoded.text) ? decoded.text.normalize("NFC") : decoded.text;
  let handed = 0;
  const consumer: RecordConsumer | undefined =
    onRecord &&
    ((record, header) => {
      handed += 1;
      onRecord(record, header);
    });
  const parsed = parseCsvText(text, { maxRows: limits.maxRows, problems, allowNoRows: limits.allowNoRows, warnings: limits.warnings, onRecord: consumer });
  return parsed.ok ? { records: parsed.records, count: parsed.records.length + handed, header: parsed.header, delimiter: parsed.delimiter } : null;
}
