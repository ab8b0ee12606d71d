import { statSync, type BigIntStats } from 'node:fs';

/**
 * The first of `candidates` (absolute paths) that is the file `target` names, or undefined: the
 * same path, or the same device and inode, so a symlink, a hard link or another spelling of the
 * name on a case-insensitive file system is caught too.
 */
export function findSameFile(target: string, candidates: readonly string[]): string | undefined {
  const targetStats = statOrUndefined(target);
  return candidates.find((candidate) => candidate === target || (targetStats !== undefined && isSameInode(targetStats, statOrUndefined(candidate))));
}

function isSameInode(a: BigIntStats, b: BigIntStats | undefined): boolean {
  return b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

// BigInt: inode numbers above 2^53 (some network and copy-on-write file systems) must not collide.
function statOrUndefined(filePath: string): BigIntStats | undefined {
  try {
    return statSync(filePath, { bigint: true });
  } catch {
    return undefined;
  }
}
