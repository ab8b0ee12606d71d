import { execFileSync, spawn } from 'node:child_process';

/** FIFOs and device nodes need mkfifo and mknod: not on Windows. */
export const hasFifos = process.platform !== 'win32';

/** Make a FIFO at `filePath`. */
export function makeFifo(filePath: string): void {
  execFileSync('mkfifo', [filePath]);
}

/**
 * Open `fifo` for writing after `delayMs`, write nothing and close it. Code that wrongly opens
 * the FIFO to read it then gets an empty file instead of blocking forever, so a regression fails
 * the test rather than hanging it (a synchronous read would block vitest's own timers too).
 * Returns the function that stops the writer, which otherwise waits for a reader for ever.
 */
export function unblockFifoLater(fifo: string, delayMs = 3000): () => void {
  const writer = spawn('sh', ['-c', `sleep ${delayMs / 1000}; : > "$1"`, 'sh', fifo], { stdio: 'ignore' });
  return () => writer.kill('SIGKILL');
}

/** Whether the tests may make device nodes (mknod needs root). */
export const canMakeDevices = process.platform === 'linux' && process.getuid?.() === 0;

/** A private null device (`mknod c 1 3`): the tests may see it replaced without breaking the machine's /dev/null. */
export function makeNullDevice(filePath: string): void {
  execFileSync('mknod', [filePath, 'c', '1', '3']);
}
