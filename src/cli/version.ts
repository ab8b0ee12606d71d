import { readFileSync } from 'node:fs';

/** The package version, read at run time from package.json (two levels up from src/cli and dist/cli). */
export function readPackageVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  if (typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string') {
    return manifest.version;
  }
  throw new Error('package.json has no version');
}
