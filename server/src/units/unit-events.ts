/**
 * A unit is being merged into another, inside the merge's transaction: features that keep
 * per-unit records move them too (the staff list, in rosters) and add their counts to
 * `details`, which the target's 'absorbed' event records.
 */
export interface UnitMerging {
  sourceId: string;
  targetId: string;
  at: Date;
  details: Record<string, number>;
}

declare module '../common/events.js' {
  interface DomainSteps {
    'units.merging': UnitMerging;
  }
}
