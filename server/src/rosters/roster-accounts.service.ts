import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { RosterAccounts, RosterAccountsResult } from '@cchc/contracts';
import { AuditService } from '../audit/audit.service.js';
import type { Actor, RequestMeta } from '../common/auth.decorators.js';
import { Clock } from '../config/clock.js';
import { ENV, type Env } from '../config/env.js';
import { ScopePolicy } from '../scope/scope.policy.js';
import { type LoginSlip, writeLoginSlipsPdf, writeLoginSlipsXlsx } from '../users/login-slips.js';
import { generateCode, hashCode } from '../users/one-time-code.js';
import { OneTimeCodesRepository } from '../users/one-time-codes.repository.js';
import { SlipFiles } from '../users/slip-files.js';
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
 * One request does it all and answers when the slips are written: no progress is reported (the
 * export jobs of reports, which do report it, sit in a higher layer). 10,000 entries take about
 * 13 s (tests/load/roster-accounts.mjs). The batches commit one by one: if rendering the slips
 * failed after them, the accounts stay and their codes are re-issued one by one.
 * Slips are held in memory for the call (about 200 bytes each) and rendered once both files'
 * writers are ready; the renderers themselves stream.
 */
@Injectable()
export class RosterAccountsService {
  constructor(
    private readonly repo: RosterAccountsRepository,
    private readonly codes: OneTimeCodesRepository,
    private readonly scope: ScopePolicy,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    readonly files: SlipFiles,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async create(
    actor: Actor,
    meta: RequestMeta,
    unitId: string,
    input: RosterAccounts,
    origin: string,
  ): Promise<RosterAccountsResult> {
    const unit = await this.scope.unitInScope(actor, unitId);
    const secret = await this.codes.secret();
    const at = this.clock.now();
    const expiresAt = new Date(at.getTime() + this.env.ACTIVATION_CODE_DAYS * 86_400_000);
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
      if (batch.length < BATCH) break;
    }
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
