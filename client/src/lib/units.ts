import { foldVietnamese, type Unit } from '@cchc/contracts';

/** Vietnamese collation for unit and person names ("Phường 10" after "Phường 9"). */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export interface UnitNode extends Unit {
  children: UnitNode[];
  /** Names from the root, joined with " › ". */
  path: string;
  /** Folded name, code and path, for diacritic-insensitive search. */
  folded: string;
}

/**
 * Tree order of units given by their paths' names from the root: segment by segment, so a ward
 * or commune comes right before its own offices (a parent's path is a prefix of theirs) and
 * siblings follow Vietnamese collation.
 */
export function treeOrder(a: { segments: string[] }, b: { segments: string[] }): number {
  const n = Math.min(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const c = viCollator.compare(a.segments[i]!, b.segments[i]!);
    if (c !== 0) return c;
  }
  return a.segments.length - b.segments.length;
}

/**
 * True when every word of the query occurs in the folded text, so "truong quang trong" and
 * "P. Trương Quang Trọng" both find "Phường Trương Quang Trọng".
 */
export function matchesQuery(folded: string, query: string): boolean {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  return words.every((word) => folded.includes(word));
}

/** An autocomplete filter (Vuetify's custom-filter) over items that carry their folded text. */
export function foldedItemFilter(
  _value: string,
  query: string,
  item?: { raw: { folded: string } },
): boolean {
  return item ? matchesQuery(item.raw.folded, query) : false;
}

/** Builds the tree from the flat list; orphans (parent outside the caller's scope) become roots. */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const byId = new Map<string, UnitNode>();
  for (const unit of units)
    byId.set(unit.id, { ...unit, children: [], path: unit.name, folded: '' });

  const roots: UnitNode[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }

  const visit = (nodes: UnitNode[], parentPath: string | null, seen: Set<string>) => {
    nodes.sort((a, b) => viCollator.compare(a.name, b.name));
    for (const node of nodes) {
      if (seen.has(node.id)) continue; // guards against a cycle in bad data
      seen.add(node.id);
      node.path = parentPath ? `${parentPath} › ${node.name}` : node.name;
      node.folded = foldVietnamese(`${node.code} ${node.path}`);
      visit(node.children, node.path, seen);
    }
  };
  visit(roots, null, new Set());
  return roots;
}

export function flattenTree(nodes: readonly UnitNode[]): UnitNode[] {
  const out: UnitNode[] = [];
  const walk = (list: readonly UnitNode[]) => {
    for (const node of list) {
      out.push(node);
      walk(node.children);
    }
  };
  walk(nodes);
  return out;
}

/** Ids of a node and everything below it (a unit cannot move or merge into its own subtree). */
export function subtreeIds(node: UnitNode): Set<string> {
  return new Set(flattenTree([node]).map((n) => n.id));
}

/**
 * Keeps the nodes that match the query and the ancestors that lead to them; returns the ids
 * of the ancestors so the view can open them.
 */
export function filterUnitTree(
  nodes: readonly UnitNode[],
  query: string,
): { nodes: UnitNode[]; openIds: string[] } {
  const openIds: string[] = [];
  const prune = (list: readonly UnitNode[]): UnitNode[] => {
    const kept: UnitNode[] = [];
    for (const node of list) {
      const children = prune(node.children);
      if (children.length > 0) openIds.push(node.id);
      if (children.length > 0 || matchesQuery(foldVietnamese(node.code + ' ' + node.name), query)) {
        kept.push({ ...node, children });
      }
    }
    return kept;
  };
  if (!foldVietnamese(query)) return { nodes: [...nodes], openIds };
  return { nodes: prune(nodes), openIds };
}
