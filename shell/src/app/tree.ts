// The app tree: immutable nodes addressed by path. A delta returns a new tree that shares
// every untouched subtree with the old one, so unchanged nodes keep their identity (and their
// DOM). At the end of a complete run, nodes the run did not touch are pruned.
import type { BlockNode, ElementNode } from "../protocol.gen";

export interface TreeNode {
  readonly kind: "element" | "block" | "empty";
  readonly node: ElementNode | BlockNode | null;
  // The run that last produced this node, and the last renderer event that run included.
  readonly runId: number;
  readonly eventSeq: number;
  readonly children: readonly TreeNode[];
}

export const EMPTY: TreeNode = Object.freeze({ kind: "empty", node: null, runId: -1, eventSeq: -1, children: [] });

export function rootBlock(): TreeNode {
  return { kind: "block", node: { type: "vertical", border: false, height: null, key: null }, runId: 0, eventSeq: 0, children: [] };
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], bb[i])) return false;
    return true;
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

function replaceAt(parent: TreeNode, path: readonly number[], make: (old: TreeNode | undefined) => TreeNode): TreeNode {
  const [index, ...rest] = path;
  const children = parent.children.slice();
  while (children.length < index) children.push(EMPTY);
  if (rest.length === 0) {
    children[index] = make(children[index]);
  } else {
    let child = children[index];
    // A delta into a block this tree has not seen yet (it raced ahead of the block's own delta).
    if (!child || child.kind !== "block") child = { ...rootBlock(), runId: -1 };
    children[index] = replaceAt(child, rest, make);
  }
  return { ...parent, children };
}

export function putElement(root: TreeNode, path: readonly number[], node: ElementNode, runId: number, eventSeq: number): TreeNode {
  return replaceAt(root, path, (old) => {
    if (old && old.kind === "element" && deepEqual(old.node, node)) {
      return old.runId === runId && old.eventSeq === eventSeq ? old : { ...old, runId, eventSeq };
    }
    return { kind: "element", node, runId, eventSeq, children: [] };
  });
}

export function putBlock(root: TreeNode, path: readonly number[], node: BlockNode, runId: number, eventSeq: number): TreeNode {
  return replaceAt(root, path, (old) => {
    if (old && old.kind === "block" && old.node && old.node.type === node.type) {
      // Same kind of block: keep its children until this run overwrites or prunes them.
      return { ...old, node: deepEqual(old.node, node) ? old.node : node, runId, eventSeq };
    }
    return { kind: "block", node, runId, eventSeq, children: [] };
  });
}

// Drop every node the run `runId` did not produce; blocks it produced keep only the children
// it produced. Indices are addresses, so a stale node before the last fresh one becomes an
// empty slot instead of shifting its siblings. Returns the same object when nothing changed.
export function prune(block: TreeNode, runId: number): TreeNode {
  let last = -1;
  block.children.forEach((child, i) => {
    if (child.runId === runId) last = i;
  });
  let changed = last + 1 !== block.children.length;
  const kept: TreeNode[] = [];
  for (let i = 0; i <= last; i++) {
    const child = block.children[i];
    let next: TreeNode;
    if (child.runId !== runId) next = child.kind === "empty" ? child : EMPTY;
    else next = child.kind === "block" ? prune(child, runId) : child;
    if (next !== child) changed = true;
    kept.push(next);
  }
  return changed ? { ...block, children: kept } : block;
}

// Prune only at `path` (a place a fragment run rewrote: its container, or a slot outside it
// that the fragment wrote last time). A node there that the run did not produce becomes an
// empty slot; a block it produced keeps only what it produced. The rest of the tree stays.
export function pruneAt(root: TreeNode, path: readonly number[], runId: number): TreeNode {
  const [index, ...rest] = path;
  const child = root.children[index];
  if (!child || child.kind === "empty") return root;
  let next: TreeNode;
  if (rest.length === 0) next = child.runId !== runId ? EMPTY : child.kind === "block" ? prune(child, runId) : child;
  else if (child.kind === "block") next = pruneAt(child, rest, runId);
  else return root;
  if (next === child) return root;
  const children = root.children.slice();
  children[index] = next;
  return { ...root, children };
}

export function countNodes(block: TreeNode): number {
  let n = 0;
  for (const child of block.children) n += 1 + (child.kind === "block" ? countNodes(child) : 0);
  return n;
}
