import process from 'node:process';
import { MAX_FILE_BYTES } from '../files/read-text-file.js';
import { readStreamAtMost } from '../files/read-stream.js';
import { main } from './main.js';

export { main };

/** Run the CLI against the real process (used by bin/lessons.cjs); resolves to the exit code. */
export async function run(): Promise<number> {
  return main(process.argv.slice(2), {
    stdout: (text) => void stdout().write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    // Getters: a clean run prints nothing, and setting up stdout's stream costs start-up time.
    get isTTY() {
      return stdout().isTTY === true;
    },
    readStdin,
  });
}

let isStdoutReady = false;

/** process.stdout, with a closed pipe (`lessons lint | head`) ending the run quietly rather than with a stack trace. */
function stdout(): NodeJS.WriteStream {
  if (!isStdoutReady) {
    isStdoutReady = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  return process.stdout;
}

// One byte past the limit, so that decodeInput sees input too large to lint and refuses it.
async function readStdin(): Promise<Uint8Array> {
  return readStreamAtMost(process.stdin, MAX_FILE_BYTES + 1);
}
