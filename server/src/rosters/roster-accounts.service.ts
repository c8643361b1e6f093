import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type {
  RosterAccountless,
  RosterAccounts,
  RosterAccountsProgress,
  RosterAccountsResult,
} from '@cchc/contracts';
import { AppError } from '../common/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor, RequestMeta } from '../common/auth.decorators.js';
import { Clock } from '../config/clock.js';
import { ENV, type Env } from '../config/env.js';
import { ScopePolicy } from '../scope/scope.policy.js';
import { type LoginSlip, writeLoginSlipsPdf, writeLoginSlipsXlsx } from '../users/login-slips.js';
import { codeExpiry, generateCode, hashCode } from '../users/one-time-code.js';
import { OneTimeCodesRepository } from '../users/one-time-codes.repository.js';
import { SlipFiles } from '../users/slip-files.js';
import { RosterAccountsProgressTracker } from './roster-accounts-progress.js';
import { RosterAccountsRepository } from './roster-accounts.repository.js';

/** Entries per transaction: one statement per step for the whole batch. */
const BATCH = 1000;

/**
 * Accounts for the people on a staff list who have none, each with an activation code printed on
 * a login slip. An entry whose phone or CCCD already belongs to an account is linked to that
 * account instead and counted as skipped (it needs no new account; its owner signs in as before,
 * or the focal person issues a code for it). The codes are only ever in the slips: hashed in the
 * database, never in the audit log or the server log.
 *
 * One request does it all and answers when the slips are written; a client that sent a
 * `progressId` may meanwhile read how far it is (`progress`, kept in this process's memory: see
 * RosterAccountsProgressTracker). 10,000 entries take about 13 s (tests/load/roster-accounts.mjs). The batches commit one by one: if rendering the slips
 * failed after them, the accounts stay and their codes are re-issued one by one.
 * Slips are held in memory for the call (about 200 bytes each) and rendered once both files'
 * writers are ready; the renderers themselves stream.
 */
@Injectable()
export class RosterAccountsService {
  private readonly tracker: RosterAccountsProgressTracker;

  constructor(
    private readonly repo: RosterAccountsRepository,
    private readonly codes: OneTimeCodesRepository,
    private readonly scope: ScopePolicy,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    readonly files: SlipFiles,
    @Inject(ENV) private readonly env: Env,
  ) {
    const now = () => clock.now().getTime();
    this.tracker = new RosterAccountsProgressTracker(env.SLIP_FILES_MINUTES * 60_000, now);
  }

  /** How many entries of the unit (or its subtree) have no account: the confirmation's figure. */
  async accountless(actor: Actor, unitId: string, subtree: boolean): Promise<RosterAccountless> {
    const unit = await this.scope.unitInScope(actor, unitId);
    const count = await this.repo.countAccountless({
      unitId: unit.id,
      subtreePath: subtree ? unit.path : null,
      entryIds: null,
    });
    return {
      count,
      activationCodeDays: this.env.ACTIVATION_CODE_DAYS,
      slipFilesMinutes: this.env.SLIP_FILES_MINUTES,
    };
  }

  /** The progress of the caller's own call with this id; 404 for anyone else or once forgotten. */
  progress(actor: Actor, progressId: string): RosterAccountsProgress {
    const p = this.tracker.get(progressId, actor.id);
    if (!p) throw new AppError('not_found');
    return p;
  }

  async create(
    actor: Actor,
    meta: RequestMeta,
    unitId: string,
    input: RosterAccounts,
    origin: string,
  ): Promise<RosterAccountsResult> {
    const unit = await this.scope.unitInScope(actor, unitId);
    const { progressId } = input;
    if (progressId !== undefined) {
      const total = await this.repo.countAccountless({
        unitId: unit.id,
        subtreePath: input.subtree ? unit.path : null,
        entryIds: input.entryIds ?? null,
      });
      if (!this.tracker.start(progressId, actor.id, total)) throw new AppError('conflict');
      try {
        const result = await this.run(actor, meta, unit, input, origin, (p) =>
          this.tracker.update(progressId, p),
        );
        this.tracker.update(progressId, { phase: 'done' });
        return result;
      } catch (e) {
        this.tracker.update(progressId, { phase: 'failed' });
        throw e;
      }
    }
    return this.run(actor, meta, unit, input, origin, () => undefined);
  }

  private async run(
    actor: Actor,
    meta: RequestMeta,
    unit: { id: string; name: string; path: string },
    input: RosterAccounts,
    origin: string,
    report: (p: Partial<RosterAccountsProgress>) => void,
  ): Promise<RosterAccountsResult> {
    const secret = await this.codes.secret();
    const at = this.clock.now();
    const expiresAt = codeExpiry(this.env, 'activation', at);
    const slips: LoginSlip[] = [];
    let skipped = 0;
    let afterId: string | null = null;
    for (;;) {
      const batch = await this.repo.accountless({
        unitId: unit.id,
        subtreePath: input.subtree ? unit.path : null,
        entryIds: input.entryIds ?? null,
        afterId,
        limit: BATCH,
      });
      if (batch.length === 0) break;
      afterId = batch[batch.length - 1]!.id;
      const plain = new Map<string, string>();
      const accounts = batch.map((e) => {
        const code = generateCode();
        plain.set(e.id, code);
        return { entryId: e.id, userId: randomUUID(), codeHash: hashCode(secret, code) };
      });
      const { linked, made } = await this.repo.transaction(async (em) => {
        const linked = await this.repo.linkExisting(
          em,
          batch.map((e) => e.id),
          at,
        );
        const made = await this.repo.createAccounts(
          em,
          batch.filter((e) => !linked.has(e.id)),
          accounts.filter((a) => !linked.has(a.entryId)),
          { expiresAt, issuedBy: actor.id, at },
        );
        return { linked, made };
      });
      skipped += linked.size;
      for (const e of batch) {
        if (!made.has(e.id)) continue;
        slips.push({
          fullName: e.fullName,
          unitName: e.unitName,
          username: e.phone ?? e.citizenId ?? '',
          code: plain.get(e.id) ?? '',
          expiresAt,
        });
      }
      // an entry neither linked nor given an account (its phone/CCCD was taken by another entry
      // of this call) is skipped too: it stays without account for the focal person to check
      skipped += batch.length - linked.size - made.size;
      report({ done: slips.length + skipped });
      if (batch.length < BATCH) break;
    }
    report({ phase: 'slips' });
    const { token, open } = await this.files.create(actor.id);
    const opts = { origin, issuingUnit: unit.name, issuedAt: at };
    await writeLoginSlipsPdf(slips, open('pdf'), opts);
    await writeLoginSlipsXlsx(slips, open('xlsx'), opts);
    // counts only: the codes never reach the audit log
    await this.audit.record(actor, meta, {
      action: 'roster.accounts_created',
      targetType: 'unit',
      targetId: unit.id,
      after: {
        created: slips.length,
        skipped,
        subtree: input.subtree ?? false,
        entryIds: input.entryIds?.length ?? null,
        expiresAt: expiresAt.toISOString(),
      },
    });
    return {
      created: slips.length,
      skipped,
      slips: {
        pdfUrl: `/api/roster/slips/${token}.pdf`,
        xlsxUrl: `/api/roster/slips/${token}.xlsx`,
      },
    };
  }
}
