import process from 'node:process';
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

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
