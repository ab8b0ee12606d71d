/**
 * The bytes of `stream` up to its end, but no more than `limit`: reading stops there, so an
 * endless input (`--stdin < /dev/zero`) costs `limit` bytes of memory, not all of it.
 */
export async function readStreamAtMost(stream: AsyncIterable<unknown>, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    length += bytes.length;
    // Leaving the loop destroys the stream: nothing more is read.
    if (length >= limit) break;
  }
  return Buffer.concat(chunks, Math.min(length, limit));
}
