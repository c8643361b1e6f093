import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { EmailSchema, PasswordSchema, PhoneSchema, nfcText } from '@cchc/contracts';
import { Redis } from 'ioredis';
import type { z } from 'zod';
import { REVOCATIONS_CHANNEL, revocationMessage } from '../auth/session-revocations.js';
import { AppError } from '../common/app-error.js';
import { ERROR_MESSAGES } from '../common/messages.js';
import { isCommonPassword } from '../common/password-policy.js';
import { parseEnv } from '../config/env.js';
import { openDatabase } from '../database/bootstrap.js';
import { AdminAccounts } from '../users/admin-accounts.service.js';

const USAGE = `Usage:
  npm run admin -- create --email <email> [--phone <phone>] [--name <full name>] <password>
  npm run admin -- reset-password --email <email> <password>
<password> is one of:
  --password-stdin      read it from standard input (kept out of shell history)
  ADMIN_PASSWORD=...    in the environment
  --password <text>     on the command line (lands in shell history: avoid on shared servers)`;

class UsageError extends Error {}

function valid<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new UsageError(`${what} is not valid (${r.error.issues[0]?.message}).`);
  return r.data;
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.replace(/\r?\n$/, '');
}

async function readPassword(values: { password?: string; 'password-stdin'?: boolean }) {
  const raw = values['password-stdin']
    ? await readStdin()
    : (values.password ?? process.env.ADMIN_PASSWORD);
  if (raw === undefined) throw new UsageError('No password given.');
  const password = valid(PasswordSchema, raw, 'The password (8 to 128 characters, one line)');
  if (isCommonPassword(password))
    throw new UsageError('The password is on the list of common passwords; choose another.');
  return password;
}

/** Tells running processes at once, through Redis, that the account's sessions ended. */
async function announceSessionsEnded(redisUrl: string | undefined, userId: string) {
  if (!redisUrl) return;
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2, lazyConnect: true });
  try {
    await redis.connect();
    await redis.publish(
      REVOCATIONS_CHANNEL,
      revocationMessage(randomUUID(), { kind: 'user', userId, exceptSessionId: null }),
    );
  } finally {
    redis.disconnect();
  }
}

/** `npm run admin -- create|reset-password …`: an operator's way in when no admin can sign in. */
async function main() {
  const { positionals, values } = (() => {
    try {
      return parseArgs({
        allowPositionals: true,
        options: {
          email: { type: 'string' },
          phone: { type: 'string' },
          name: { type: 'string' },
          password: { type: 'string' },
          'password-stdin': { type: 'boolean' },
        },
      });
    } catch (e) {
      throw new UsageError(e instanceof Error ? e.message : String(e));
    }
  })();
  const command = positionals[0];
  if (positionals.length !== 1 || (command !== 'create' && command !== 'reset-password'))
    throw new UsageError('Say "create" or "reset-password".');
  const email = valid(EmailSchema, values.email, '--email');
  const password = await readPassword(values);
  // ADMIN_* describe the first admin of a start; here the command line does.
  const { ADMIN_EMAIL: _e, ADMIN_PASSWORD: _p, ADMIN_PHONE: _ph, ...rest } = process.env;
  const env = parseEnv(rest);
  const db = await openDatabase(env, (m) => console.log(m));
  try {
    const admins = new AdminAccounts(db.ds);
    if (command === 'create') {
      const user = await admins.create({
        email,
        password,
        phone: values.phone ? valid(PhoneSchema, values.phone, '--phone') : null,
        fullName: valid(nfcText(2, 120), values.name ?? env.ADMIN_NAME, '--name'),
      });
      console.log(`Admin ${user.email} created.`);
    } else {
      const { user, sessionsEnded } = await admins
        .resetPassword(email, password)
        .catch((e: unknown) => {
          if (e instanceof AppError && e.code === 'not_found')
            throw new Error(`No account has the email ${email}.`, { cause: e });
          throw e;
        });
      await announceSessionsEnded(env.REDIS_URL, user.id).catch((e: unknown) =>
        console.error(`Could not tell running processes through Redis: ${String(e)}`),
      );
      console.log(`Password of ${user.email} reset; ${sessionsEnded} session(s) ended.`);
    }
  } finally {
    await db.close(env.SHUTDOWN_TIMEOUT_MS);
  }
}

main().catch((e: unknown) => {
  if (e instanceof UsageError) {
    console.error(`${e.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (e instanceof AppError) {
    const m = ERROR_MESSAGES[e.code];
    console.error(`${m.vi} / ${m.en}`);
  } else console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
