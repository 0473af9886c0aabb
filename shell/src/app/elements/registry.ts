// Element type -> component. Each family registers its components from its own module
// (imported by elements/index.ts), so adding a family touches no shared switch statement.
import type { ComponentType } from "preact";
import type { BlockNode, ElementNode } from "../../protocol.gen";
import type { TreeNode } from "../tree";

export interface ElementProps<N = ElementNode> {
  node: N;
  // The last renderer event the run that produced this node had seen (widgets use it to
  // decide whether their local value or the node's value is the newer one).
  eventSeq: number;
}

export interface BlockProps<N = BlockNode> {
  node: N;
  tree: TreeNode;
  path: string;
}

const elements = new Map<string, ComponentType<ElementProps<any>>>();
const blocks = new Map<string, ComponentType<BlockProps<any>>>();

export function registerElement<N extends ElementNode>(type: N["type"], component: ComponentType<ElementProps<N>>): void {
  elements.set(type, component as ComponentType<ElementProps<any>>);
}

export function registerBlock<N extends BlockNode>(type: N["type"], component: ComponentType<BlockProps<N>>): void {
  blocks.set(type, component as ComponentType<BlockProps<any>>);
}

export function elementComponent(type: string): ComponentType<ElementProps<any>> | undefined {
  return elements.get(type);
}

export function blockComponent(type: string): ComponentType<BlockProps<any>> | undefined {
  return blocks.get(type);
}

// Overlays render above the app (toasts, dialogs, balloons...). Each family registers its own.
const overlays: Array<ComponentType<object>> = [];

export function registerOverlay(component: ComponentType<object>): void {
  overlays.push(component);
}

export function overlayComponents(): ReadonlyArray<ComponentType<object>> {
  return overlays;
}

// Sections drawn at the top of the sidebar, above the app's own sidebar elements (the pages
// of a multipage app...). `visible` says whether the section has something to show now.
export interface SidebarSection {
  component: ComponentType<object>;
  visible: () => boolean;
}
const sidebarSections: SidebarSection[] = [];

export function registerSidebarSection(section: SidebarSection): void {
  sidebarSections.push(section);
}

export function visibleSidebarSections(): ReadonlyArray<SidebarSection> {
  return sidebarSections.filter((section) => section.visible());
}
