import { Inject, Injectable } from '@nestjs/common';
import { ONE_TIME_CODE_PURPOSES } from '@cchc/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ENV, type Env } from '../config/env.js';
import { firstRow, read } from '../database/rows.js';

export type CodePurpose = (typeof ONE_TIME_CODE_PURPOSES)[number];

export interface LiveCode {
  id: string;
  purpose: CodePurpose;
  codeHash: string;
  expiresAt: Date;
}

/** One-time codes (activation and reset) and the key they are stored under. */
@Injectable()
export class OneTimeCodesRepository {
  private key: Promise<string> | null = null;

  constructor(
    private readonly ds: DataSource,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** CODE_SECRET when set, else the key the migration generated and kept in the database. */
  secret(): Promise<string> {
    if (this.env.CODE_SECRET) return Promise.resolve(this.env.CODE_SECRET);
    this.key ??= this.ds
      .query(`SELECT value FROM server_secrets WHERE name = 'one_time_codes'`)
      .then((rows) => {
        const value = firstRow(rows, (r) => read.str(r, 'value'));
        if (!value)
          throw new Error('server_secrets has no one_time_codes key (migrations not run?)');
        return value;
      });
    this.key.catch(() => (this.key = null));
    return this.key;
  }

  /**
   * A new code for the person; the one they held unused, if any, is overwritten and stops
   * working. One statement on the one-unused-code index, so two issuers at once both succeed and
   * the later one's code is the one that works.
   */
  async replace(
    em: EntityManager,
    v: {
      userId: string;
      purpose: CodePurpose;
      codeHash: string;
      expiresAt: Date;
      issuedBy: string;
      at: Date;
    },
  ): Promise<void> {
    await em.query(
      `INSERT INTO one_time_codes (user_id, purpose, code_hash, expires_at, issued_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (user_id) WHERE used_at IS NULL DO UPDATE
         SET purpose = EXCLUDED.purpose, code_hash = EXCLUDED.code_hash,
             expires_at = EXCLUDED.expires_at, issued_by = EXCLUDED.issued_by,
             created_at = EXCLUDED.created_at`,
      [v.userId, v.purpose, v.codeHash, v.expiresAt, v.issuedBy, v.at],
    );
  }

  /** The person's unused code, locked until the transaction ends: one redemption wins a race. */
  async liveFor(em: EntityManager, userId: string): Promise<LiveCode | null> {
    return firstRow(
      await em.query(
        `SELECT id, purpose, code_hash, expires_at FROM one_time_codes
          WHERE user_id = $1 AND used_at IS NULL FOR UPDATE`,
        [userId],
      ),
      (r) => ({
        id: read.str(r, 'id'),
        purpose: read.oneOf(r, 'purpose', ONE_TIME_CODE_PURPOSES),
        codeHash: read.str(r, 'code_hash'),
        expiresAt: read.date(r, 'expires_at'),
      }),
    );
  }

  async markUsed(em: EntityManager, id: string, at: Date): Promise<void> {
    await em.query(`UPDATE one_time_codes SET used_at = $2 WHERE id = $1`, [id, at]);
  }

  /** The person's unused code stops working (a merged account is never activated). */
  async dropUnused(em: EntityManager, userId: string): Promise<void> {
    await em.query(`DELETE FROM one_time_codes WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  }
}
