// English for ./attempt-session.ts, loaded only when the interface is switched to English.
import type { attemptSessionVi } from './attempt-session';

export const attemptSessionEn: typeof attemptSessionVi = {
  autosavePending: '{n} not saved yet',
  autosaveSignedOut: 'Not saved – log in again',
  autosaveRefused: 'Question {list} could not be saved',
  titleExpired: 'Your session has ended',
  titleOtherAccount: 'Log in with the account taking this attempt',
  textExpired:
    'You do not have to leave the attempt. Your answers are kept on this device and are saved as soon as you log in again.',
  textOtherAccount:
    'This device was just signed in with another account, so your answers could not be saved. Log in again with the account taking the attempt.',
  owner: 'Taken by: {name}',
  pendingNone: 'No answer is waiting to be saved.',
  pendingSome: '{n} answers are waiting to be saved.',
  submitWaiting: 'Your attempt is submitted as soon as you log in again.',
  timeUpWaiting: 'Time is up. Log in again to submit and to see which of your answers counted.',
  submit: 'Log in and continue',
  sending: 'Saving your answers…',
  wrongAccount:
    'You logged in as {other}, not with the account taking this attempt. Nothing was sent. Log in with {name}’s account.',
  ownerRefused:
    'The server does not take this attempt from the account just logged in. Your answers are still kept on this device; please tell the organisers.',
  leave: 'Leave the attempt',
  leaveHint: 'Answers not saved yet stay on this device.',
  countedTitle: 'Which answers counted',
  countedIntro:
    'The attempt ended while some answers were still on this device, not yet saved on the server. Only answers the server saved in time count.',
  countedAll: 'Every answer you gave was saved before the attempt ended, and all of them count.',
  countedList: 'Counted: question {list}.',
  countedNone: 'Counted: no question.',
  earlierList:
    'Counted with the choice saved earlier (the last change was not saved in time): question {list}.',
  lostList: 'Not counted (not saved in time): question {list}.',
  countedClose: 'See the result',
};
