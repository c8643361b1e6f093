// English for ./user-merge.ts, loaded only when the interface is switched to English.
import type { userMergeVi } from './user-merge';

export const userMergeEn: typeof userMergeVi = {
  action: 'Merge into another account…',
  actionAria: 'Merge the account of {name} into another account',
  title: 'Merge the account of {name}',
  intro:
    'For a person with two accounts, for example one they registered themselves although the staff list already gave them one. This account’s attempts move to the account you choose; in each round the better attempt counts. This account is deactivated and kept as history.',
  target: 'Account to keep',
  targetHint: 'Search by name, phone number or email',
  noTarget: 'No matching account',
  source: 'Account merged (will be deactivated)',
  kept: 'Account kept',
  field: 'Detail',
  fullName: 'Full name',
  username: 'Username',
  unit: 'Unit',
  attempts: 'Attempts',
  onStaffList: 'On a staff list',
  yes: 'Yes',
  no: 'No',
  irreversible:
    'This cannot be undone. The phone number, email or CCCD the kept account lacks is taken from the merged one.',
  confirm: 'Merge accounts',
  done: 'Merged: {attempts} attempts moved to the account of {name}.',
};
