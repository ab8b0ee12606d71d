/** A node as position helpers see it: positions may be full points or offsets only (blocks-only trees). */
export interface Positioned {
  type: string;
  position?: { start: { line?: number; offset?: number }; end: { line?: number; offset?: number } };
  children?: Positioned[];
}

/** Start and end offsets of a node as the parser gave them. */
export function offsets(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): { start: number; end: number } {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}
