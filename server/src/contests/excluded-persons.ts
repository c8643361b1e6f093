import type { ExcludedPerson } from '@cchc/contracts';

/**
 * Whether a person is on the contest's excluded list (BTC, question writers, jury, technical
 * staff), matched by CCCD or phone: they may not take part and are never ranked.
 */
export function isExcludedPerson(
  contest: { excluded_persons: readonly ExcludedPerson[] },
  person: { phone: string | null; citizen_id: string | null },
): boolean {
  return contest.excluded_persons.some(
    (p) =>
      (p.citizenId && p.citizenId === person.citizen_id) || (p.phone && p.phone === person.phone),
  );
}

/**
 * The same rule in SQL, for the live boards: true when the user row `u` is on the excluded list
 * of contest row `c`. Kept beside isExcludedPerson so the two change together; the rule-agreement
 * e2e proves they agree on random lists and people.
 */
export function excludedPersonSql(c: string, u: string): string {
  return `EXISTS (SELECT 1 FROM jsonb_array_elements(${c}.excluded_persons) xp
                   WHERE xp->>'citizenId' = ${u}.citizen_id OR xp->>'phone' = ${u}.phone)`;
}
