import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readStreamAtMost } from '../../src/files/read-stream.js';

describe('readStreamAtMost', () => {
  it('reads a stream to its end when it is short enough', async () => {
    expect((await readStreamAtMost(Readable.from([Buffer.from('ab'), 'cd']), 10)).toString()).toBe('abcd');
  });

  it('stops at the limit on an endless stream, and reads no further', async () => {
    let pulled = 0;
    const endless = Readable.from(
      (function* () {
        for (;;) {
          pulled += 1;
          yield Buffer.alloc(1000, 0x61);
        }
      })(),
    );
    const bytes = await readStreamAtMost(endless, 2500);
    expect(bytes.length).toBe(2500);
    expect(pulled).toBeLessThan(20);
    expect(endless.destroyed).toBe(true);
  });
});
