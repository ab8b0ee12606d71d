import type { ColorLevel } from '../report/formatter.js';
import type { Io } from './io.js';

/** Inputs of the colour decision. */
export interface ColorInputs {
  /** `--color` (true), `--no-color` (false), or neither (undefined). */
  flag: boolean | undefined;
  env: Io['env'];
  isTTY: boolean;
}

/**
 * Colour level for stylish output. Precedence: the command-line flag, then NO_COLOR
 * (no-color.org: any non-empty value), then FORCE_COLOR (force-color.org), then whether stdout is a TTY.
 */
export function resolveColorLevel({ flag, env, isTTY }: ColorInputs): ColorLevel {
  const forced = forcedLevel(env.FORCE_COLOR);
  if (flag === false) return 0;
  if (flag === true) return forced === undefined || forced === 0 ? 1 : forced;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (forced !== undefined) return forced;
  return isTTY ? 1 : 0;
}

/** FORCE_COLOR as chalk reads it: `0`/`false` off, `1`/`true`/empty basic, `2` and `3` deeper. */
function forcedLevel(value: string | undefined): ColorLevel | undefined {
  if (value === undefined) return undefined;
  if (value === '' || value === 'true' || value === '1') return 1;
  if (value === 'false' || value === '0') return 0;
  if (value === '2') return 2;
  if (value === '3') return 3;
  return undefined;
}
