import { Zip, ZipDeflate } from "fflate";

// A ZIP archive written as a stream (fflate): each entry's content is pulled chunk by chunk only
// when the client reads, compressed and passed on, so a large dataset is never held in memory.

export interface ZipEntry {
  name: string;
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  mtime: Date;
}

async function* zipChunks(entries: readonly ZipEntry[]): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  // ZipDeflate (synchronous) calls back during push(), so the queue fills before push() returns.
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else ready.push(data);
  });
  function* drain(): Generator<Uint8Array> {
    if (failure) throw failure;
    while (ready.length > 0) yield ready.shift()!;
  }
  for (const entry of entries) {
    const file = new ZipDeflate(entry.name, { level: 6 });
    file.mtime = entry.mtime;
    zip.add(file);
    for await (const chunk of entry.chunks) {
      file.push(chunk);
      yield* drain();
    }
    file.push(new Uint8Array(0), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}

export function zipStream(entries: readonly ZipEntry[]): ReadableStream<Uint8Array> {
  const iterator = zipChunks(entries);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        // The status line has gone out already; the client sees a broken download, the log the cause.
        console.error("[zip] export failed mid-stream:", error);
        controller.error(new Error("export failed"));
      }
    },
    async cancel() {
      await iterator.return(undefined);
    },
  });
}

/** Text as UTF-8 bytes, one chunk per string. */
export async function* utf8Chunks(parts: AsyncIterable<string> | Iterable<string>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  for await (const part of parts) yield encoder.encode(part);
}
