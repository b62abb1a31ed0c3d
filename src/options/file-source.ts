/** A picked or dropped File as an import source: its bytes read as a stream, never whole. */
import type { ImportSource } from './run-import';

export function fileSource(file: Blob & { name: string }): ImportSource {
  return { name: file.name, size: file.size, chunks: () => streamChunks(file.stream()) };
}

async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    // Stopped early (cancelled, or a write failed): stop reading the file.
    if (!finished) await reader.cancel().catch(() => undefined);
  }
}
