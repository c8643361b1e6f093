import { createHash } from 'node:crypto';
import { foldVietnamese, normalizeVnPhone, type IntegrityReasonKind } from '@cchc/contracts';
import { maskTail } from '../common/mask.js';

/** A contest entrant as the grouping sees them. */
export interface EntrantSignals {
  id: string;
  fullName: string;
  unitId: string | null;
  phone: string | null;
  citizenId: string | null;
}

export interface SignalInput {
  entrants: EntrantSignals[];
  /** Current staff-list entries linked to an entrant or matching their phone or CCCD. */
  identities: { userId: string; phone: string | null; citizenId: string | null }[];
  devices: { userId: string; deviceHash: string }[];
  /** Registrations from the entrants' addresses: everyone's, entrants or not. */
  registrations: { userId: string; addressHash: string; registeredAt: Date }[];
  burst: { count: number; windowMs: number };
}

export interface FlagReason {
  kind: IntegrityReasonKind;
  accountIds: string[];
  weak: boolean;
  detail: string | null;
}

export interface FlaggedGroup {
  id: string;
  accountIds: string[];
  reasons: FlagReason[];
  weakOnly: boolean;
}

const digits = (s: string) => s.replace(/\D/g, '');
/** A phone in any written form ("+84 912…", "0912.…") as one key; unparsable: its digits. */
const phoneKey = (p: string) => normalizeVnPhone(p) ?? digits(p);

/**
 * Who among a contest's entrants may be one person behind several accounts. Each signal ties
 * accounts that share something: a device (hash), a CCCD or phone in any normalised form (the
 * account's own, or those of the staff-list entry it is linked to or matches: a list entry's
 * phone can tie one account's CCCD to another's phone), a burst of registrations from one
 * address, and, weak, the same folded full name in the same unit. Accounts tied by any signal,
 * directly or through others, form a group; a group lists every reason and which of its
 * accounts each one ties. Only groups of two or more entrants: one account is one entrant.
 */
export function flagGroups(input: SignalInput): FlaggedGroup[] {
  const entrants = new Set(input.entrants.map((e) => e.id));
  const buckets = new Map<
    string,
    { kind: IntegrityReasonKind; detail: string | null; ids: Set<string> }
  >();
  const add = (key: string, kind: IntegrityReasonKind, detail: string | null, id: string) => {
    if (!entrants.has(id)) return;
    const b = buckets.get(key) ?? { kind, detail, ids: new Set<string>() };
    b.ids.add(id);
    buckets.set(key, b);
  };
  const addIdentity = (id: string, phone: string | null, citizenId: string | null) => {
    if (citizenId && digits(citizenId)) {
      const key = digits(citizenId);
      add(`cid:${key}`, 'same_citizen_id', maskTail(key), id);
    }
    if (phone && digits(phone)) {
      const key = phoneKey(phone);
      add(`phone:${key}`, 'same_phone', maskTail(key), id);
    }
  };
  for (const e of input.entrants) {
    addIdentity(e.id, e.phone, e.citizenId);
    const name = foldVietnamese(e.fullName);
    if (name && e.unitId) add(`name:${e.unitId}:${name}`, 'same_name_unit', null, e.id);
  }
  for (const r of input.identities) addIdentity(r.userId, r.phone, r.citizenId);
  for (const d of input.devices) add(`device:${d.deviceHash}`, 'same_device', null, d.userId);

  const reasons: FlagReason[] = [];
  for (const b of buckets.values()) {
    if (b.ids.size < 2) continue;
    reasons.push({
      kind: b.kind,
      accountIds: [...b.ids].sort(),
      weak: b.kind === 'same_name_unit',
      detail: b.detail,
    });
  }
  reasons.push(...bursts(input, entrants));

  // accounts tied by any reason, directly or through others, are one group
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const reason of reasons) {
    for (const id of reason.accountIds) if (!parent.has(id)) parent.set(id, id);
    for (const id of reason.accountIds.slice(1)) parent.set(find(id), find(reason.accountIds[0]!));
  }
  const groups = new Map<string, { ids: Set<string>; reasons: FlagReason[] }>();
  const seen = new Set<string>();
  for (const reason of reasons) {
    const sig = `${reason.kind}:${reason.accountIds.join(',')}`;
    if (seen.has(sig)) continue; // two shared devices of the same pair: one reason
    seen.add(sig);
    const root = find(reason.accountIds[0]!);
    const g = groups.get(root) ?? { ids: new Set<string>(), reasons: [] };
    reason.accountIds.forEach((id) => g.ids.add(id));
    g.reasons.push(reason);
    groups.set(root, g);
  }
  return [...groups.values()]
    .map((g) => {
      const accountIds = [...g.ids].sort();
      return {
        id: createHash('sha256').update(accountIds.join(',')).digest('hex').slice(0, 16),
        accountIds,
        reasons: g.reasons.sort((a, b) => a.kind.localeCompare(b.kind)),
        weakOnly: g.reasons.every((r) => r.weak),
      };
    })
    .sort(
      (a, b) =>
        Number(a.weakOnly) - Number(b.weakOnly) ||
        b.accountIds.length - a.accountIds.length ||
        a.id.localeCompare(b.id),
    );
}

/**
 * Registration bursts: `count` or more accounts registered from one address within `windowMs`.
 * Overlapping windows make one burst; its entrants (two or more) are tied, and the detail says
 * how many registrations the burst holds, entrants or not.
 */
function bursts(input: SignalInput, entrants: Set<string>): FlagReason[] {
  const byAddress = new Map<string, { userId: string; at: number }[]>();
  for (const r of input.registrations) {
    const list = byAddress.get(r.addressHash) ?? [];
    list.push({ userId: r.userId, at: r.registeredAt.getTime() });
    byAddress.set(r.addressHash, list);
  }
  const out: FlagReason[] = [];
  for (const list of byAddress.values()) {
    list.sort((a, b) => a.at - b.at);
    // [from, to) ranges of `list`; a window starting inside the previous burst extends it
    const clusters: { from: number; to: number }[] = [];
    let j = 0;
    for (let i = 0; i < list.length; i++) {
      j = Math.max(j, i);
      while (j < list.length && list[j]!.at - list[i]!.at <= input.burst.windowMs) j++;
      if (j - i < input.burst.count) continue;
      const last = clusters.at(-1);
      if (last && i < last.to) last.to = Math.max(last.to, j);
      else clusters.push({ from: i, to: j });
    }
    for (const c of clusters) {
      const members = list.slice(c.from, c.to);
      const ids = [...new Set(members.map((m) => m.userId).filter((id) => entrants.has(id)))];
      if (ids.length >= 2)
        out.push({
          kind: 'registration_burst',
          accountIds: ids.sort(),
          weak: false,
          detail: String(members.length),
        });
    }
  }
  return out;
}
