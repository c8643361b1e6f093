// English for ./integrity.ts, loaded only when the interface is switched to English.
import type { integrityVi } from './integrity';

export const integrityEn: typeof integrityVi = {
  tab: 'Integrity review',
  title: 'Duplicate accounts review',
  intro:
    'One person takes part with one account. Below are groups of entrants who may be the same person (same device, same citizen ID or phone, a burst of registrations from one network address). Signals only call for a look and exclude no one by themselves; "Exclude" puts the person on the excluded list and takes them off the leaderboards.',
  entrants: '{n} entrants so far',
  onlyUnreviewed: 'Only groups not yet reviewed',
  empty: 'No sign of duplicate accounts',
  emptyText: 'Among the {n} entrants so far, no two accounts share a signal.',
  allReviewed: 'Every group has been reviewed.',
  groupTitle: 'Group {n}: {count} accounts',
  reviewed: 'Reviewed',
  unreviewed: 'Not reviewed',
  weak: 'Weak signal',
  reasons: {
    same_device: 'Signed in on the same device',
    same_citizen_id: 'Same citizen ID {detail}',
    same_phone: 'Same phone number {detail}',
    registration_burst:
      'Burst of registrations from one network address ({detail} accounts within {minutes} minutes)',
    same_name_unit: 'Same full name in the same unit',
  },
  reasonAccounts: 'between {names}',
  columns: {
    name: 'Full name',
    username: 'Username',
    unit: 'Unit',
    attempts: 'Attempts',
    best: 'Best score',
    decision: 'Decision',
  },
  keep: 'Keep',
  exclude: 'Exclude',
  keepLabel: 'Keep {name}',
  excludeLabel: 'Exclude {name}',
  decisions: {
    keep: 'Kept',
    exclude: 'Excluded',
    none: 'No decision',
  },
  excluded: 'On the excluded list',
  noteLabel: 'Note (optional)',
  confirmTitle: 'Exclude {name} from the contest?',
  confirmText:
    'This person’s citizen ID and phone number join the excluded list: their entries are not ranked and they cannot start a new attempt. "Keep" undoes it.',
  kept: 'Recorded: {name} kept.',
  excludedDone: '{name} taken off the rankings.',
  loadFailed: 'Could not load the review.',
};
