import type { Attempt, AttemptQuestion, SubmitResult, User } from '@cchc/contracts';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { attemptsApi } from '@/api/attempts';
import { ApiError } from '@/api/http';
import { clockOffset, remainingMs } from '@/composables/use-server-clock';
import { AnswerQueue, backoffMs, queueKey } from './answer-queue';
import { useAuthStore } from './auth';
import { countedAnswers, type CountedAnswers } from './counted-answers';

/**
 * `saved` only when the server acknowledged every answer; `signed_out` while answers wait for
 * the owner to log in again; `refused` when the server turned an answer down for good.
 */
export type SaveState = 'idle' | 'saving' | 'saved' | 'offline' | 'signed_out' | 'refused';
/**
 * Why the server stopped taking this device's answers: the session ended (revoked, expired), or
 * the device is now signed in as someone else than the person taking the attempt.
 */
export type SessionProblem = 'expired' | 'other_account';
export type AttemptPhase = 'idle' | 'loading' | 'running' | 'submitting' | 'done' | 'failed';

export interface AttemptProblem {
  code: string;
  message: string;
  status: number;
}

const DEVICE_KEY = 'cchc.device';
const TICK_MS = 250;
/** A clock correction smaller than this is latency noise, not a wrong clock. */
const RESYNC_THRESHOLD_MS = 1500;
/** When time is up the device may be a few hundred ms ahead of the server: ask again. */
const TIME_UP_RETRY_MS = 1500;
const TIME_UP_RETRIES = 4;

function problemOf(err: unknown): AttemptProblem {
  if (err instanceof ApiError) return { code: err.code, message: err.message, status: err.status };
  return { code: 'unexpected', message: err instanceof Error ? err.message : '', status: 0 };
}

/** Who the attempt belongs to: the account signed in when it was opened. */
export type AttemptOwner = Pick<User, 'id' | 'fullName' | 'phone' | 'email'>;

/** The server does not take this request from this session, but would from its owner's. */
function sessionProblemOf(p: AttemptProblem): SessionProblem | null {
  if (p.status === 401) return 'expired';
  if (p.code === 'attempt_not_owned') return 'other_account';
  return null;
}

/**
 * A network failure, an overloaded or restarting server: worth sending again. So is a 401 for a
 * token that a newer login replaced while the request was out (http.ts kept the new session).
 */
function isTransient(err: unknown): boolean {
  if (!(err instanceof ApiError)) return false;
  if (err.status === 401) return useAuthStore().isAuthenticated;
  return err.status === 0 || err.status === 429 || err.status >= 500;
}

function safeStorage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

/** An opaque id of this browser, kept for the organisers' audit of attempts. */
function deviceHash(): string | undefined {
  const storage = safeStorage();
  try {
    let id = storage?.getItem(DEVICE_KEY) ?? null;
    if (!id || !/^[A-Za-z0-9_-]{8,128}$/.test(id)) {
      const bytes = crypto.getRandomValues(new Uint8Array(16));
      id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
      storage?.setItem(DEVICE_KEY, id);
    }
    return id;
  } catch {
    return undefined;
  }
}

/**
 * One attempt being taken: the questions, the answers chosen on this device, autosave with an
 * offline queue, the server-driven countdown, and submit (idempotent, retried, automatic when
 * time runs out).
 */
export const useAttemptStore = defineStore('attempt', () => {
  const attempt = shallowRef<Attempt | null>(null);
  const phase = ref<AttemptPhase>('idle');
  const problem = ref<AttemptProblem | null>(null);
  /** A submit refused (incomplete, network); the attempt goes on. */
  const submitProblem = ref<AttemptProblem | null>(null);
  const selections = ref<Record<string, string[]>>({});
  const prediction = ref<number | null>(null);
  /** 0 … questions.length − 1 are questions; questions.length is the prediction step. */
  const step = ref(0);
  const saveState = ref<SaveState>('idle');
  const savedAt = ref<string | null>(null);
  const result = ref<SubmitResult | null>(null);
  const timeUp = ref(false);
  const owner = shallowRef<AttemptOwner | null>(null);
  /** Set while answers (and a submit) wait for the owner to log in again. */
  const sessionProblem = ref<SessionProblem | null>(null);
  /** The server refused the owner's own session for this attempt: logging in again cannot help. */
  const ownerRefused = ref(false);
  /** Answers the server turned down for good, by question id (should never happen). */
  const refused = ref<Record<string, AttemptProblem>>({});
  /** Which answers counted, when the attempt closed while some were still on this device. */
  const counted = ref<CountedAnswers | null>(null);
  /** A submit (pressed, or at time-up) waits for the login: it is sent again after it. */
  const submitWanted = ref(false);

  /** Server clock minus device clock; `clientNow` ticks with the device clock. */
  const offset = ref(0);
  const clientNow = ref(Date.now());

  let queue: AnswerQueue | null = null;
  let ticker: ReturnType<typeof setInterval> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let submitRetryTimer: ReturnType<typeof setTimeout> | null = null;
  let saveFailures = 0;
  let submitFailures = 0;
  let flushing = false;
  let session = 0; // bumps on every open/reset so late answers of an old attempt are ignored
  /** The attempt was found closed while signed out: its result is read after the login. */
  let closeWanted = false;
  /** The person had to log in again: when the attempt turns out closed, say what counted. */
  let interrupted = false;
  /** Set by resume() until the server takes something from the session just logged in. */
  let justResumed = false;

  const questions = computed<AttemptQuestion[]>(() => attempt.value?.questions ?? []);
  const predictionEnabled = computed(() => attempt.value?.prediction.enabled ?? false);
  const stepCount = computed(() => questions.value.length + (predictionEnabled.value ? 1 : 0));
  const isPredictionStep = computed(
    () => predictionEnabled.value && step.value === questions.value.length,
  );
  const currentQuestion = computed(() =>
    isPredictionStep.value ? null : (questions.value[step.value] ?? null),
  );
  const isAnswered = (questionId: string) => (selections.value[questionId]?.length ?? 0) > 0;
  const answeredCount = computed(() => questions.value.filter((q) => isAnswered(q.id)).length);
  /** Positions (0-based) of the questions still without an answer. */
  const unanswered = computed(() =>
    questions.value.flatMap((q, i) => (isAnswered(q.id) ? [] : [i])),
  );
  const predictionMissing = computed(
    () => predictionEnabled.value && (prediction.value === null || prediction.value < 0),
  );
  const complete = computed(() => unanswered.value.length === 0 && !predictionMissing.value);
  const remaining = computed(() =>
    attempt.value ? remainingMs(attempt.value.deadline, offset.value, clientNow.value) : 0,
  );
  const canSubmit = computed(
    () =>
      phase.value === 'running' &&
      sessionProblem.value === null &&
      (complete.value || timeUp.value),
  );
  const pendingCount = ref(0);
  /** Numbers (1-based) of the questions whose answer the server refused. */
  const refusedNumbers = computed(() =>
    questions.value.flatMap((q, i) => (refused.value[q.id] ? [i + 1] : [])),
  );

  // ---- clock -------------------------------------------------------------------------------

  function syncClock(serverNow: string, receivedAt: number, force = false) {
    const next = clockOffset(serverNow, receivedAt);
    if (force || Math.abs(next - offset.value) > RESYNC_THRESHOLD_MS) offset.value = next;
  }

  function startTicking() {
    stopTicking();
    clientNow.value = Date.now();
    ticker = setInterval(() => {
      clientNow.value = Date.now();
      if (phase.value === 'running' && !timeUp.value && remaining.value <= 0) onTimeUp();
    }, TICK_MS);
  }

  function stopTicking() {
    if (ticker) clearInterval(ticker);
    ticker = null;
  }

  function onTimeUp() {
    timeUp.value = true;
    // what the server holds counts; the queue goes along with the submit in case it is in time
    void submit();
  }

  // ---- loading -----------------------------------------------------------------------------

  function reset() {
    session++;
    stopTicking();
    if (retryTimer) clearTimeout(retryTimer);
    if (submitRetryTimer) clearTimeout(submitRetryTimer);
    retryTimer = submitRetryTimer = null;
    queue = null;
    attempt.value = null;
    phase.value = 'idle';
    problem.value = null;
    submitProblem.value = null;
    selections.value = {};
    prediction.value = null;
    step.value = 0;
    saveState.value = 'idle';
    savedAt.value = null;
    result.value = null;
    timeUp.value = false;
    pendingCount.value = 0;
    owner.value = null;
    sessionProblem.value = null;
    ownerRefused.value = false;
    refused.value = {};
    counted.value = null;
    saveFailures = submitFailures = 0;
    flushing = false;
    submitWanted.value = false;
    closeWanted = interrupted = justResumed = false;
  }

  function adopt(a: Attempt, receivedAt: number) {
    attempt.value = a;
    syncClock(a.serverNow, receivedAt, true);
    queue = new AnswerQueue(safeStorage(), queueKey(a.id));
    // what this device holds and the server does not (stored on every change, so a reload too)
    const resend = queue.restore(a.answers);

    if (a.status !== 'in_progress') {
      // the attempt closed with answers still on this device, or while its owner was signed
      // out: say plainly which answers counted before the local copy goes
      if (resend.length > 0 || interrupted) {
        counted.value = countedAnswers(
          a.questions.map((q) => q.id),
          a.answers,
          resend,
        );
      }
      queue.clear();
      result.value = a.result && {
        ...a.result,
        status: a.status,
        submittedAt: a.submittedAt ?? a.serverNow,
      };
      phase.value = 'done';
      return;
    }

    const chosen: Record<string, string[]> = {};
    for (const [questionId, answer] of Object.entries(a.answers))
      chosen[questionId] = answer.optionIds;
    for (const item of resend) chosen[item.questionId] = item.optionIds;
    selections.value = chosen;
    prediction.value = queue.prediction ?? a.prediction.value;
    pendingCount.value = queue.size;
    // resume where the work is: the first question not answered yet
    const firstOpen = a.questions.findIndex((q) => !(chosen[q.id]?.length ?? 0));
    step.value = firstOpen >= 0 ? firstOpen : a.prediction.enabled ? a.questions.length : 0;
    phase.value = 'running';
    startTicking();
    if (queue.size > 0) void flush();
  }

  /** Loads an attempt into a fresh session; a later open() or reset() makes this one moot. */
  async function openWith(fetchAttempt: () => Promise<Attempt>) {
    reset();
    const mine = session;
    const me = useAuthStore().user;
    owner.value = me && { id: me.id, fullName: me.fullName, phone: me.phone, email: me.email };
    phase.value = 'loading';
    try {
      const a = await fetchAttempt();
      if (mine !== session) return;
      adopt(a, Date.now());
    } catch (err) {
      if (mine !== session) return;
      problem.value = problemOf(err);
      phase.value = 'failed';
    }
  }

  /** Starts the round's attempt or resumes the open one (same questions, saved answers). */
  function open(roundId: string) {
    return openWith(() => attemptsApi.start(roundId, { deviceHash: deviceHash() }));
  }

  /** Shows the result of an attempt already submitted (after a reload of the result screen). */
  function openResult(attemptId: string) {
    return openWith(() => attemptsApi.get(attemptId));
  }

  // ---- answering and autosave --------------------------------------------------------------

  function choose(questionId: string, optionIds: string[]) {
    if (!queue || phase.value !== 'running' || timeUp.value) return;
    selections.value = { ...selections.value, [questionId]: [...optionIds] };
    queue.record(questionId, optionIds);
    pendingCount.value = queue.size;
    void flush();
  }

  function toggleOption(question: AttemptQuestion, optionId: string) {
    const chosen = selections.value[question.id] ?? [];
    if (question.type === 'multiple') {
      const next = chosen.includes(optionId)
        ? chosen.filter((id) => id !== optionId)
        : [...chosen, optionId];
      // keep the order the options are shown in
      const order = question.options.map((o) => o.id);
      choose(
        question.id,
        order.filter((id) => next.includes(id)),
      );
    } else if (!(chosen.length === 1 && chosen[0] === optionId)) {
      choose(question.id, [optionId]);
    }
  }

  function setPrediction(value: number | null) {
    const clean = value === null || !Number.isFinite(value) || value < 0 ? null : Math.floor(value);
    prediction.value = clean;
    if (queue) queue.prediction = clean;
  }

  /**
   * A refusal of this device's session (401, or the attempt belongs to another account): keeps
   * everything queued and waits for the owner to log in again. Returns false for other errors.
   */
  function needsLogin(p: AttemptProblem): boolean {
    const why = sessionProblemOf(p);
    if (!why) return false;
    // right after the owner's login the server still says "not yours": another login cannot
    // help, so stop asking instead of looping (the answers stay on this device)
    if (why === 'other_account' && justResumed) ownerRefused.value = true;
    interrupted = true;
    sessionProblem.value = why;
    saveState.value = 'signed_out';
    return true;
  }

  /** The owner is signed in again: send what waited, then carry on (or submit, if asked). */
  async function resume(): Promise<void> {
    if (!sessionProblem.value) return;
    sessionProblem.value = null;
    justResumed = true;
    saveFailures = 0;
    const a = attempt.value;
    if (!a) return;
    if (closeWanted) {
      closeWanted = false;
      await showClosedResult(a.id, session);
    } else if (phase.value === 'done') {
      return;
    } else if (submitWanted.value) {
      submitWanted.value = false;
      await submit();
    } else {
      await flush();
    }
  }

  function scheduleRetry(delay: number) {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void flush();
    }, delay);
  }

  async function flush(): Promise<void> {
    if (flushing || !queue || !attempt.value) return;
    const mine = session;
    const attemptId = attempt.value.id;
    flushing = true;
    try {
      for (;;) {
        if (mine !== session || phase.value !== 'running' || !queue) return;
        if (sessionProblem.value) return; // waits for the login; resume() sends the queue
        const item = queue.list()[0];
        if (!item) break;
        if (typeof navigator !== 'undefined' && navigator.onLine === false) {
          saveState.value = 'offline';
          saveFailures++;
          scheduleRetry(backoffMs(saveFailures));
          return;
        }
        saveState.value = 'saving';
        const sentAt = Date.now();
        try {
          const saved = await attemptsApi.saveAnswer(attemptId, item.questionId, {
            optionIds: item.optionIds,
            seq: item.seq,
          });
          if (mine !== session) return;
          // the server keeps the higher seq it already had: either way this choice is settled
          queue.acknowledge(item.questionId, Math.max(item.seq, saved.seq));
          pendingCount.value = queue.size;
          justResumed = false;
          if (refused.value[item.questionId]) {
            const { [item.questionId]: _settled, ...others } = refused.value;
            refused.value = others;
          }
          savedAt.value = saved.savedAt;
          saveFailures = 0;
          syncClock(saved.savedAt, (sentAt + Date.now()) / 2);
        } catch (err) {
          if (mine !== session) return;
          if (isTransient(err)) {
            saveState.value = 'offline';
            saveFailures++;
            scheduleRetry(backoffMs(saveFailures));
            return;
          }
          const p = problemOf(err);
          if (needsLogin(p)) return; // the answer stays queued, on the device too
          if (p.code === 'deadline_passed') {
            // the server says time is up: what it holds counts
            if (!timeUp.value) onTimeUp();
            return;
          }
          if (p.code === 'attempt_closed') {
            await showClosedResult(attemptId, mine);
            return;
          }
          // refused for good (should not happen with options from the attempt): it leaves the
          // queue so the others can go, and the save line names it instead of claiming "saved"
          queue.discard(item.questionId, item.seq);
          pendingCount.value = queue.size;
          refused.value = { ...refused.value, [item.questionId]: p };
          submitProblem.value = p;
        }
      }
      if (Object.keys(refused.value).length > 0) saveState.value = 'refused';
      else saveState.value = savedAt.value ? 'saved' : 'idle';
    } finally {
      // a flush of an attempt left meanwhile must not unlock the flush of the new one
      if (mine === session) flushing = false;
    }
  }

  function onOnline() {
    saveFailures = 0;
    if (queue?.size) void flush();
    if (submitRetryTimer) {
      clearTimeout(submitRetryTimer);
      submitRetryTimer = null;
      void submit();
    }
  }
  function onOffline() {
    if (queue?.size) saveState.value = 'offline';
  }
  if (typeof window !== 'undefined') {
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
  }

  // ---- submit ------------------------------------------------------------------------------

  /** Reads the closed attempt and shows its result; false when it could not be read. */
  async function showClosedResult(attemptId: string, mine: number): Promise<boolean> {
    try {
      const a = await attemptsApi.get(attemptId);
      if (mine !== session) return true;
      stopTicking();
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      adopt(a, Date.now());
      return true;
    } catch (err) {
      if (mine !== session) return true;
      const p = problemOf(err);
      if (needsLogin(p)) closeWanted = true;
      else submitProblem.value = p;
      return false;
    }
  }

  async function submit(): Promise<void> {
    const a = attempt.value;
    if (!a || !queue || phase.value === 'done' || phase.value === 'submitting') return;
    if (!complete.value && !timeUp.value) return;
    if (sessionProblem.value) {
      submitWanted.value = true; // sent once the owner has logged in again
      return;
    }
    const mine = session;
    if (submitRetryTimer) clearTimeout(submitRetryTimer);
    submitRetryTimer = null;
    phase.value = 'submitting';
    submitProblem.value = null;
    try {
      const body = {
        prediction: a.prediction.enabled ? prediction.value : null,
        answers: queue.list().map(({ questionId, optionIds, seq }) => ({
          questionId,
          optionIds,
          seq,
        })),
      };
      const res = await attemptsApi.submit(a.id, body);
      if (mine !== session) return;
      justResumed = false;
      // Past the deadline the server counts only what it held in time, not what this submit
      // carried: read the closed attempt to tell which answers counted.
      if (res.status === 'expired' && (body.answers.length > 0 || interrupted)) {
        // signed out right then: the local copy stays until the comparison can be made
        if ((await showClosedResult(a.id, mine)) || closeWanted) return;
      }
      queue.clear();
      pendingCount.value = 0;
      result.value = res;
      phase.value = 'done';
      stopTicking();
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
    } catch (err) {
      if (mine !== session) return;
      const p = problemOf(err);
      phase.value = 'running';
      if (isTransient(err)) {
        // idempotent on the server: sending again can never count twice
        submitFailures++;
        submitProblem.value = p;
        submitRetryTimer = setTimeout(() => {
          submitRetryTimer = null;
          void submit();
        }, backoffMs(submitFailures));
      } else if (needsLogin(p)) {
        submitWanted.value = true; // the answers stay queued; submitted again after the login
      } else if (p.code === 'attempt_closed' || p.code === 'deadline_passed') {
        await showClosedResult(a.id, mine);
      } else if (
        p.code === 'attempt_incomplete' &&
        timeUp.value &&
        submitFailures < TIME_UP_RETRIES
      ) {
        submitFailures++;
        submitRetryTimer = setTimeout(() => {
          submitRetryTimer = null;
          void submit();
        }, TIME_UP_RETRY_MS);
      } else {
        submitProblem.value = p;
      }
    }
  }

  // ---- navigation --------------------------------------------------------------------------

  function goTo(index: number) {
    if (index >= 0 && index < stepCount.value) step.value = index;
  }
  const next = () => goTo(step.value + 1);
  const prev = () => goTo(step.value - 1);

  /** The person has read which answers counted. */
  function dismissCounted() {
    counted.value = null;
  }

  // leaving the page stops the clock and the retries of this attempt (the queue stays stored)
  function leave() {
    reset();
  }

  return {
    attempt,
    phase,
    problem,
    submitProblem,
    selections,
    prediction,
    step,
    saveState,
    savedAt,
    result,
    timeUp,
    remaining,
    pendingCount,
    owner,
    sessionProblem,
    submitWanted,
    ownerRefused,
    refusedNumbers,
    counted,
    questions,
    predictionEnabled,
    stepCount,
    isPredictionStep,
    currentQuestion,
    answeredCount,
    unanswered,
    predictionMissing,
    complete,
    canSubmit,
    isAnswered,
    open,
    openResult,
    choose,
    toggleOption,
    setPrediction,
    submit,
    resume,
    dismissCounted,
    goTo,
    next,
    prev,
    leave,
  };
});
