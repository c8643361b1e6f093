import type { ParticipantRound, ReviewQuestion } from '@cchc/contracts';

type Timing = Pick<ParticipantRound, 'durationSec' | 'closesAt'>;

/**
 * How long an attempt started at `now` (server epoch ms) would last. The server sets
 * deadline = min(start + duration, close), so a round closing in 4 minutes gives 4 minutes,
 * however long its attempts are meant to be.
 */
export function timeAvailable(round: Timing, now: number): { ms: number; limitedByClose: boolean } {
  const full = round.durationSec * 1000;
  const close = Date.parse(round.closesAt);
  const toClose = Number.isFinite(close) ? Math.max(0, close - now) : full;
  return toClose < full
    ? { ms: toClose, limitedByClose: true }
    : { ms: full, limitedByClose: false };
}

/** Attempts the person may still start; null when the round allows any number. */
export function attemptsLeft(round: Pick<ParticipantRound, 'maxAttempts' | 'attemptsUsed'>) {
  return round.maxAttempts === 0 ? null : Math.max(0, round.maxAttempts - round.attemptsUsed);
}

export type StartBlock = 'ineligible' | 'upcoming' | 'closed' | 'no_attempts';

/**
 * Why "Bắt đầu" cannot be pressed now, or null. An attempt already running is resumed whatever
 * else holds: the server decides whether its time is up.
 */
export function startBlock(round: ParticipantRound, now: number): StartBlock | null {
  if (round.openAttemptId) return null;
  if (!round.eligible) return 'ineligible';
  if (now < Date.parse(round.opensAt)) return 'upcoming';
  const over = round.phase === 'closed' || round.phase === 'finalized';
  if (over || now >= Date.parse(round.closesAt)) return 'closed';
  return attemptsLeft(round) === 0 ? 'no_attempts' : null;
}

/** The round the person can enter that opens next (none open now), or null. */
export function nextOpening(rounds: readonly ParticipantRound[]): ParticipantRound | null {
  let next: ParticipantRound | null = null;
  for (const r of rounds)
    if (r.phase === 'upcoming' && r.eligible && (!next || r.opensAt < next.opensAt)) next = r;
  return next;
}

export interface SpanParts {
  hours: number;
  minutes: number;
  seconds: number;
}

/** Hours, minutes and seconds of a span, whole seconds rounded up like the countdown. */
export function spanParts(ms: number): SpanParts {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return {
    hours: Math.floor(total / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}

/** A translator of plural messages: `t('journey.span.minutes', 3)` → "3 phút". */
export type PluralT = (key: string, n: number) => string;

/**
 * A span in words: "3 phút 43 giây", "15 phút", "1 giờ 5 phút", "45 giây". Beyond an hour the
 * seconds are left out; a day or more is said in days and hours.
 */
export function formatSpan(ms: number, t: PluralT): string {
  const { hours, minutes, seconds } = spanParts(ms);
  if (hours >= 24) {
    const days = Math.floor(hours / 24);
    const rest = hours % 24;
    return [t('journey.span.days', days), rest ? t('journey.span.hours', rest) : '']
      .filter(Boolean)
      .join(' ');
  }
  const parts: string[] = [];
  if (hours) parts.push(t('journey.span.hours', hours));
  if (minutes) parts.push(t('journey.span.minutes', minutes));
  if (!hours && (seconds || parts.length === 0)) parts.push(t('journey.span.seconds', seconds));
  return parts.join(' ');
}

/** Positions (0-based) of the questions answered wrongly or left blank. */
export function wrongPositions(questions: readonly Pick<ReviewQuestion, 'correct'>[]): number[] {
  return questions.flatMap((q, i) => (q.correct ? [] : [i]));
}
