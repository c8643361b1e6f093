import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

@Injectable()
export class PasswordService {
  private dummy: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  /** A null hash (an account not activated yet) matches no password, in the time of a real check. */
  verify(hash: string | null, password: string): Promise<boolean> {
    if (hash === null) return this.verifyDummy(password);
    return argon2.verify(hash, password).catch(() => false);
  }

  /** Spends the same time as a real check, for unknown accounts: timing reveals nothing. */
  async verifyDummy(password: string): Promise<false> {
    this.dummy ??= this.hash(randomBytes(16).toString('hex'));
    await this.verify(await this.dummy, password);
    return false;
  }
}
