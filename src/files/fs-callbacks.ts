import { access as accessCallback, stat as statCallback } from 'node:fs';
import { promisify } from 'node:util';

// Promise forms of the few file-system calls a run makes before it has anything to report. They
// come from node:fs rather than node:fs/promises, whose loading (and that of the stream and
// readline modules it pulls in) is a measurable part of a pre-commit run's start-up.

export const access = promisify(accessCallback);
export const stat = promisify(statCallback);
