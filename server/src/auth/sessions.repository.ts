import { Injectable } from '@nestjs/common';
import { ROLES } from '@cchc/contracts';
import { DataSource, IsNull } from 'typeorm';
import type { Actor } from '../common/auth.decorators.js';
import { firstRow, read } from '../database/rows.js';
import { AuthSessionEntity } from './entities/auth-session.entity.js';

/** Login sessions: issued, resolved from a token's hash, revoked. */
@Injectable()
export class SessionsRepository {
  constructor(private readonly ds: DataSource) {}

  async insert(v: { userId: string; tokenHash: string; createdAt: Date; expiresAt: Date }) {
    await this.ds.getRepository(AuthSessionEntity).insert({ ...v, revokedAt: null });
  }

  /** Ends one session (if it is still open). */
  async revoke(sessionId: string, at: Date): Promise<void> {
    await this.ds
      .getRepository(AuthSessionEntity)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: at });
  }

  /** The person behind an open, unexpired session, or null. */
  async actorByToken(tokenHash: string, now: Date): Promise<Actor | null> {
    return firstRow(
      await this.ds.query(
        `SELECT s.id AS session_id, u.id AS user_id, u.role, u.unit_id, u.full_name, un.path
           FROM auth_sessions s
           JOIN users u ON u.id = s.user_id
           LEFT JOIN units un ON un.id = u.unit_id
          WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND u.active`,
        [tokenHash, now],
      ),
      (r) => ({
        id: read.str(r, 'user_id'),
        role: read.oneOf(r, 'role', ROLES),
        unitId: read.strOrNull(r, 'unit_id'),
        unitPath: read.strOrNull(r, 'path') ?? '',
        sessionId: read.str(r, 'session_id'),
        fullName: read.str(r, 'full_name'),
      }),
    );
  }
}
