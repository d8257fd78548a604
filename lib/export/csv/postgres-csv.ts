// PostgreSQL's CSV (COPY … TO STDOUT WITH (FORMAT csv)) turned into the bytes of our own writer
// (write.ts), without parsing the fields: each row is scanned byte by byte, its line break becomes
// CRLF, and a row holding anything our writer would write differently is handed to `rewrite`
// whole. PostgreSQL already quotes what papaparse quotes (the delimiter, a quote, a line break) and
// doubles quotes; it knows nothing of neutralising (control characters, direction marks), the
// formula guard or quoting for a byte order mark or a leading or trailing space. A row is handed
// on when one of its fields:
// - holds a C0 or C1 control character other than tab and line breaks, DEL, a direction mark or
//   override (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069), or a byte order mark;
// - starts with ', =, +, -, @, a tab, a carriage return, a space or a backslash (PostgreSQL quotes a lone \.);
// - ends with a space;
// - or the row starts with `mark` (rows the query itself marks, lib/data/figures/csv-copy-sql.ts).
// Numbers go through the same checks as text, so a negative one is handed on too: the rule may
// hand on a row that did not need it, never keep one that did.

const LF = 0x0a;
const CR = 0x0d;
const TAB = 0x09;
const QUOTE = 0x22;
const COMMA = 0x2c;
const SPACE = 0x20;

/** The first byte of a field that makes our writer guard or quote it. */
function startsGuarded(byte: number): boolean {
  // ' = + - @ tab CR space, and the backslash of PostgreSQL's quoted \.
  return byte === 0x27 || byte === 0x3d || byte === 0x2b || byte === 0x2d || byte === 0x40 || byte === TAB || byte === CR || byte === SPACE || byte === 0x5c;
}

/**
 * True for the last byte of a character our writer changes or quotes, given the one or two bytes
 * before it (UTF-8): C1 controls (C2 80–9F), U+061C (D8 9C), U+200E/U+200F and U+202A–U+202E
 * (E2 80 8E/8F, AA–AE), U+2066–U+2069 (E2 81 A6–A9), the byte order mark (EF BB BF).
 */
function endsChangedCharacter(p2: number, p1: number, byte: number): boolean {
  if (p1 === 0xc2) return byte <= 0x9f;
  if (p1 === 0xd8) return byte === 0x9c;
  if (p2 === 0xe2 && p1 === 0x80) return byte === 0x8e || byte === 0x8f || (byte >= 0xaa && byte <= 0xae);
  if (p2 === 0xe2 && p1 === 0x81) return byte >= 0xa6 && byte <= 0xa9;
  return p2 === 0xef && p1 === 0xbb && byte === 0xbf;
}

/** Where a row ends (its line feed) and whether it must be rewritten; end -1 while incomplete. */
interface ScannedRow {
  end: number;
  marked: boolean;
}

/** Scans one row from `start`: quotes, field starts and ends, and the bytes that mark it. */
function scanRow(data: Uint8Array, start: number, mark: number, row: ScannedRow): void {
  let inQuotes = false;
  let fieldStart = true;
  let marked = data[start] === mark;
  let last = -1;
  let p1 = 0;
  let p2 = 0;
  for (let i = start; i < data.length; i++) {
    const byte = data[i]!;
    if (byte === QUOTE) {
      // An opening quote keeps the field at its start (the next byte is its first); a quote after
      // a closing one is a doubled quote inside the field.
      if (!inQuotes && !fieldStart) last = QUOTE;
      inQuotes = !inQuotes;
      continue;
    }
    if (!inQuotes && (byte === COMMA || byte === LF)) {
      if (last === SPACE) marked = true;
      if (byte === LF) {
        row.end = i;
        row.marked = marked;
        return;
      }
      fieldStart = true;
      last = -1;
      continue;
    }
    if (fieldStart) {
      fieldStart = false;
      if (startsGuarded(byte)) marked = true;
    }
    if (byte < SPACE) {
      if (byte !== TAB && byte !== LF && byte !== CR) marked = true;
    } else if (byte >= 0x7f) {
      if (byte === 0x7f || endsChangedCharacter(p2, p1, byte)) marked = true;
    }
    last = byte;
    p2 = p1;
    p1 = byte;
  }
  row.end = -1;
}

/**
 * Feeds PostgreSQL's CSV chunk by chunk; each call gives back the bytes of the rows it completed,
 * in order, as our writer's CSV. A row split between chunks waits for the rest.
 */
export class PostgresCsvRewriter {
  private carry: Uint8Array | null = null;
  private readonly row: ScannedRow = { end: -1, marked: false };
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();

  private readonly mark: number;

  /**
   * `rewrite` gets a marked row's record (without its line feed) and returns its line with CRLF;
   * `mark` is the one ASCII character a row the query marked starts with.
   */
  constructor(
    private readonly rewrite: (record: string) => string,
    mark: string,
  ) {
    if (mark.length !== 1 || mark.charCodeAt(0) > 0x7f) throw new Error(`the row mark must be one ASCII character, not "${mark}"`);
    this.mark = mark.charCodeAt(0);
  }

  push(chunk: Uint8Array): Uint8Array[] {
    const data = this.carry === null ? chunk : Buffer.concat([this.carry, chunk]);
    this.carry = null;
    const { ends, marks, size } = this.scanRows(data);
    // Sized to the plain rows exactly (each gains its CR): V8 frees these buffers only at its next
    // collection, so a larger one would hold memory for nothing until then.
    const plain = Buffer.allocUnsafe(size);
    const pieces: Uint8Array[] = [];
    let used = 0;
    let runStart = 0;
    let run = 0;
    let start = 0;
    for (let index = 0; index <= ends.length; index++) {
      if (index < ends.length && !marks[index]) continue;
      // Rows run..index-1 are plain: copied at once, then opened up for their CRs.
      if (index > run) {
        used = this.copyRun(data, ends, run, index, start, plain, used);
        pieces.push(plain.subarray(runStart, used));
        runStart = used;
      }
      if (index === ends.length) break;
      const from = index === 0 ? 0 : ends[index - 1]! + 1;
      pieces.push(this.encoder.encode(this.rewrite(this.decoder.decode(data.subarray(from, ends[index])))));
      run = index + 1;
      start = ends[index]! + 1;
    }
    const rest = ends.length === 0 ? 0 : ends[ends.length - 1]! + 1;
    if (rest < data.length) this.carry = Uint8Array.prototype.slice.call(data, rest);
    return pieces;
  }

  /**
   * Copies rows first..last-1 (starting at byte `start` of data) to `plain` at `used`, each ending
   * in CRLF; returns where they end. One copy for the run, then each row moved right in place by
   * the CRs before it, last row first (copyWithin): no object per row, where a copy per row makes
   * a view of its bytes each time.
   */
  private copyRun(data: Uint8Array, ends: readonly number[], first: number, last: number, start: number, plain: Buffer, used: number): number {
    const end = ends[last - 1]! + 1;
    plain.set(data.subarray(start, end), used);
    for (let index = last - 1; index >= first; index--) {
      const rowStart = index === first ? start : ends[index - 1]! + 1;
      const shift = index - first;
      const from = used + rowStart - start;
      const length = ends[index]! - rowStart;
      if (shift > 0) plain.copyWithin(from + shift, from, from + length);
      plain[from + shift + length] = CR;
      plain[from + shift + length + 1] = LF;
    }
    return used + end - start + (last - first);
  }

  /** The complete rows of `data`: where each ends, whether it is handed back, the plain rows' size. */
  private scanRows(data: Uint8Array): { ends: number[]; marks: boolean[]; size: number } {
    const ends: number[] = [];
    const marks: boolean[] = [];
    let size = 0;
    let start = 0;
    while (start < data.length) {
      scanRow(data, start, this.mark, this.row);
      const { end, marked } = this.row;
      if (end < 0) break;
      ends.push(end);
      marks.push(marked);
      if (!marked) size += end - start + 2;
      start = end + 1;
    }
    return { ends, marks, size };
  }

  /** Throws if the last row never ended: the stream was cut. */
  end(): void {
    if (this.carry !== null) throw new Error("PostgreSQL's CSV ended in the middle of a row");
  }
}

/** PostgreSQL's CSV chunks as our writer's bytes; `rewrite` writes a handed-back row's line. */
export async function* rewrittenCsvChunks(chunks: AsyncIterable<Uint8Array>, rewrite: (record: string) => string, mark: string): AsyncGenerator<Uint8Array> {
  const rewriter = new PostgresCsvRewriter(rewrite, mark);
  for await (const chunk of chunks) yield* rewriter.push(chunk);
  rewriter.end();
}
