import { describe, expect, it } from 'vitest';
import { flagGroups, type EntrantSignals, type SignalInput } from './grouping.js';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';
const D = '00000000-0000-4000-8000-00000000000d';
const OUTSIDER = '00000000-0000-4000-8000-0000000000ff';

const person = (id: string, over: Partial<EntrantSignals> = {}): EntrantSignals => ({
  id,
  fullName: `Người ${id.slice(-1)}`,
  unitId: `unit-${id.slice(-1)}`,
  phone: null,
  citizenId: null,
  ...over,
});

const input = (over: Partial<SignalInput>): SignalInput => ({
  entrants: [person(A), person(B), person(C), person(D)],
  identities: [],
  devices: [],
  registrations: [],
  burst: { count: 4, windowMs: 10 * 60_000 },
  ...over,
});

const at = (min: number) => new Date(Date.UTC(2026, 0, 5, 8, min));

describe(flagGroups.name, () => {
  it('finds nothing when no two entrants share anything', () => {
    expect(flagGroups(input({}))).toEqual([]);
  });

  it('groups two accounts that signed in on one device, and not a third', () => {
    const groups = flagGroups(
      input({
        devices: [
          { userId: A, deviceHash: 'h1' },
          { userId: B, deviceHash: 'h1' },
          { userId: C, deviceHash: 'h2' },
          { userId: OUTSIDER, deviceHash: 'h2' }, // not an entrant of this contest
        ],
      }),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.accountIds).toEqual([A, B]);
    expect(groups[0]!.reasons.map((r) => r.kind)).toEqual(['same_device']);
    expect(groups[0]!.weakOnly).toBe(false);
  });

  it('ties a CCCD on one account to a phone on another through a staff-list entry', () => {
    const groups = flagGroups(
      input({
        entrants: [
          person(A, { citizenId: '001203004567', phone: '0912000001' }),
          person(B, { phone: '0912000002' }),
          person(C, { phone: '0912000003' }),
        ],
        // B's phone matches the list entry that holds A's CCCD, written another way
        identities: [{ userId: B, phone: '+84 912 000 002', citizenId: '001203004567' }],
      }),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.accountIds).toEqual([A, B]);
    expect(groups[0]!.reasons).toEqual([
      { kind: 'same_citizen_id', accountIds: [A, B], weak: false, detail: '*********567' },
    ]);
  });

  it('matches phones in any written form', () => {
    const groups = flagGroups(
      input({
        entrants: [person(A, { phone: '0912345678' }), person(B)],
        identities: [{ userId: B, phone: '84912345678', citizenId: null }],
      }),
    );
    expect(groups[0]!.reasons[0]).toMatchObject({ kind: 'same_phone', accountIds: [A, B] });
  });

  it('flags a burst only at the threshold within the window, counting non-entrants', () => {
    const regs = (minutes: number[]) =>
      minutes.map((m, i) => ({
        userId: [A, B, OUTSIDER, C][i]!,
        addressHash: 'ip1',
        registeredAt: at(m),
      }));
    // four registrations within 10 minutes (one of them not an entrant): a burst
    const burst = flagGroups(input({ registrations: regs([0, 3, 6, 10]) }));
    expect(burst).toHaveLength(1);
    expect(burst[0]!.accountIds).toEqual([A, B, C]);
    expect(burst[0]!.reasons[0]).toMatchObject({ kind: 'registration_burst', detail: '4' });
    // the fourth one minute too late: no burst
    expect(flagGroups(input({ registrations: regs([0, 3, 6, 11]) }))).toEqual([]);
    // the same times from four addresses: no burst
    const spread = regs([0, 1, 2, 3]).map((r, i) => ({ ...r, addressHash: `ip${i}` }));
    expect(flagGroups(input({ registrations: spread }))).toEqual([]);
  });

  it('joins accounts tied through a third into one group with every reason', () => {
    const groups = flagGroups(
      input({
        entrants: [person(A, { phone: '0912000001' }), person(B), person(C)],
        devices: [
          { userId: A, deviceHash: 'h1' },
          { userId: B, deviceHash: 'h1' },
          { userId: A, deviceHash: 'h9' },
          { userId: B, deviceHash: 'h9' },
        ],
        identities: [{ userId: C, phone: '0912000001', citizenId: null }],
      }),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.accountIds).toEqual([A, B, C]);
    // the pair's two shared devices are one reason
    expect(groups[0]!.reasons.map((r) => [r.kind, r.accountIds])).toEqual([
      ['same_device', [A, B]],
      ['same_phone', [A, C]],
    ]);
  });

  it('marks same name and unit as a weak signal, folded, and lists strong groups first', () => {
    const groups = flagGroups(
      input({
        entrants: [
          person(A, { fullName: 'Nguyễn Văn Đức', unitId: 'u1' }),
          person(B, { fullName: 'nguyen  van duc', unitId: 'u1' }),
          person(C, { fullName: 'Nguyễn Văn Đức', unitId: 'u2' }),
          person(D),
        ],
        devices: [
          { userId: C, deviceHash: 'h1' },
          { userId: D, deviceHash: 'h1' },
        ],
      }),
    );
    expect(groups.map((g) => [g.accountIds, g.weakOnly])).toEqual([
      [[C, D], false],
      [[A, B], true],
    ]);
    expect(groups[1]!.reasons[0]).toMatchObject({ kind: 'same_name_unit', weak: true });
  });

  it('gives a group the same id whatever order the signals come in', () => {
    const devices = [
      { userId: A, deviceHash: 'h1' },
      { userId: B, deviceHash: 'h1' },
    ];
    const one = flagGroups(input({ devices }));
    const two = flagGroups(input({ devices: [...devices].reverse() }));
    expect(one[0]!.id).toBe(two[0]!.id);
  });
});
