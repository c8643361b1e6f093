import { describe, expect, it } from 'vitest';
import { RosterImportRowSchema } from '@cchc/contracts';
import { demoAccounts, demoUnits } from './demo-data.js';
import { pickEntrantUnits, rng, DEMO_ENTRANTS } from './demo-contest.js';
import {
  buildDemoRosters,
  DEMO_ROSTER_LINKED_SHARE,
  type DemoRosterAccount,
} from './demo-rosters.js';

// Unit codes stand in for ids: the builder only compares them.
const units = demoUnits.map((u) => ({
  id: u.code,
  code: u.code,
  kind: u.kind,
  headcount: u.headcount,
}));
const eligible = units.filter((u) => !['other', 'province', 'city'].includes(u.kind));
const entrants: DemoRosterAccount[] = pickEntrantUnits(eligible, DEMO_ENTRANTS, rng(2025)).map(
  (unitId, i) => ({
    id: `entrant-${i}`,
    unitId,
    fullName: `Người dự thi ${i}`,
    phone: `0868${String(100000 + i).padStart(6, '0')}`,
    citizenId: null,
  }),
);
const named: DemoRosterAccount[] = demoAccounts
  .filter((a) => a.role === 'participant')
  .map((a, i) => ({
    id: `named-${i}`,
    unitId: a.unitCode,
    fullName: a.fullName,
    phone: a.phone,
    citizenId: a.citizenId,
  }));
const rows = buildDemoRosters(units, [...named, ...entrants]);

describe(buildDemoRosters.name, () => {
  it('lists exactly the headcount of every unit that has one', () => {
    for (const u of units) {
      expect(rows.filter((r) => r.unitId === u.id)).toHaveLength(u.headcount ?? 0);
    }
  });

  it('gives rows an import would accept, unique CCCD and phone per unit and in the tree', () => {
    for (const r of rows) {
      const parsed = RosterImportRowSchema.parse({
        fullName: r.fullName,
        citizenId: r.citizenId,
        phone: r.phone,
        position: r.position,
      });
      expect(parsed.citizenId).toBe(r.citizenId);
      expect(parsed.phone).toBe(r.phone);
    }
    expect(new Set(rows.map((r) => r.citizenId)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.phone)).size).toBe(rows.length);
  });

  it('links accounts of the unit to at most 80% of its list, named participants first', () => {
    for (const u of units.filter((x) => x.headcount)) {
      const list = rows.filter((r) => r.unitId === u.id);
      const linked = list.filter((r) => r.userId);
      expect(linked.length).toBeLessThanOrEqual(
        Math.floor(u.headcount! * DEMO_ROSTER_LINKED_SHARE),
      );
      const mine = [...named, ...entrants].filter((a) => a.unitId === u.id);
      expect(linked.length).toBe(
        Math.min(mine.length, Math.floor(u.headcount! * DEMO_ROSTER_LINKED_SHARE)),
      );
      for (const n of named.filter((a) => a.unitId === u.id))
        expect(list.find((r) => r.userId === n.id)?.citizenId).toBe(n.citizenId);
    }
  });

  it('is the same on every run', () => {
    expect(buildDemoRosters(units, [...named, ...entrants])).toEqual(rows);
  });
});

describe(pickEntrantUnits.name, () => {
  it('never exceeds a headcount and leaves participation varied across units', () => {
    const picked = pickEntrantUnits(eligible, DEMO_ENTRANTS, rng(2025));
    expect(picked).toHaveLength(DEMO_ENTRANTS);
    const rates = eligible
      .filter((u) => u.headcount)
      .map((u) => picked.filter((id) => id === u.id).length / u.headcount!);
    expect(Math.max(...rates)).toBeLessThanOrEqual(1);
    expect(rates.filter((r) => r > 0.9).length).toBeGreaterThanOrEqual(2);
    expect(rates.filter((r) => r < 0.5).length).toBeGreaterThanOrEqual(2);
    // Units without a headcount get nobody: their rate could not be read.
    for (const u of eligible.filter((x) => !x.headcount)) expect(picked).not.toContain(u.id);
  });
});
