import { isIP } from 'node:net';
import { EmailSchema, PasswordSchema, PhoneSchema, nfcText } from '@cchc/contracts';
import { z } from 'zod';

const boolish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * The address people reach the app at, as an origin ("https://hoithi.example.gov.vn" or
 * "http://192.168.1.10:3000"): shared links, QR codes and Open Graph tags are written with it.
 * The client is built for the root path, so a path after the host is refused.
 */
const publicUrl = z.string().transform((raw, ctx) => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be an address like https://hoithi.gov.vn' });
    return z.NEVER;
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username;
  if (!/^https?:$/.test(url.protocol) || !bare) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be http(s)://host[:port] with no path, query or user (the app runs at /)',
    });
    return z.NEVER;
  }
  return url.origin;
});

/** The account rules of the contracts, with messages an operator reads at a shell. */
const adminPassword = z.string().superRefine((raw, ctx) => {
  // The password itself never goes into the message: start-up errors land in logs.
  if (!PasswordSchema.safeParse(raw).success)
    ctx.addIssue({
      code: 'custom',
      message: 'too weak: an account password needs 8 to 128 characters on one line',
    });
});

/** Names Express knows for address ranges ('loopback' = 127.0.0.1/8 and ::1/128, ...). */
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const isProxyAddress = (entry: string) => {
  if (PROXY_RANGES.has(entry)) return true;
  const [ip = '', bits, ...rest] = entry.split('/');
  const family = isIP(ip);
  if (!family || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
};

/**
 * Which proxies in front of the app are believed about the client's address (X-Forwarded-For)
 * and scheme: a hop count ("1" = the one nginx of the compose stack) or a comma-separated list
 * of proxy addresses, CIDRs or 'loopback'/'linklocal'/'uniquelocal'. Never "any": a client
 * reaching the app directly could otherwise rotate its own X-Forwarded-For past every per-IP
 * limit. The old booleans stay readable: `false` is 0 and `true` is 1 (one proxy).
 */
const trustProxy = z.string().transform((raw, ctx): number | string[] => {
  const value = raw.trim().toLowerCase();
  if (value === 'false') return 0;
  if (value === 'true') return 1;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(',').map((e) => e.trim());
  if (entries.every(isProxyAddress)) return entries;
  ctx.addIssue({
    code: 'custom',
    message:
      'must be a number of proxies (1 behind one nginx) or proxy addresses/CIDRs, e.g. 10.0.0.5,loopback',
  });
  return z.NEVER;
});

/** Everything the server reads from the environment, parsed once at boot. */
export const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  PG_DATA_DIR: z.string().default('./.data/pg').describe('Embedded PostgreSQL data folder'),
  PG_PORT: z.coerce.number().int().min(0).max(65535).default(0).describe('0 = pick a free port'),
  PG_RESTART_BACKOFF_MS: z.coerce
    .number()
    .int()
    .min(50)
    .max(60_000)
    .default(500)
    .describe('First wait before restarting an embedded PostgreSQL that died; doubles each try'),
  PG_RESTART_BACKOFF_MAX_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .default(15_000)
    .describe('Longest wait between restarts of the embedded PostgreSQL'),
  PG_STOP_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .max(600_000)
    .default(10_000)
    .describe(
      'How long a fast shutdown of a PostgreSQL left running by a killed server may take before it is forced; also how long the first start retries',
    ),
  SHUTDOWN_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(2000)
    .max(600_000)
    .default(15_000)
    .describe(
      'SIGTERM/SIGINT: time to finish requests in flight and stop PostgreSQL before exiting regardless',
    ),
  HEALTH_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(60_000)
    .default(1500)
    .describe(
      '/api/health: a database or Redis check slower than this counts as down (so readiness answers within 2 s)',
    ),
  METRICS_TOKEN: z
    .string()
    .min(16, 'must be at least 16 characters')
    .optional()
    .describe('When set, /api/metrics requires Authorization: Bearer <token>'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: boolish
    .optional()
    .describe('Load demo data into an empty database (default: not in production)'),
  ADMIN_EMAIL: z
    .string()
    .pipe(EmailSchema)
    .optional()
    .describe('With ADMIN_PASSWORD: the first admin, created on start when there is no admin'),
  ADMIN_PASSWORD: adminPassword.optional(),
  ADMIN_PHONE: z.string().pipe(PhoneSchema).optional(),
  ADMIN_NAME: z.string().pipe(nfcText(2, 120)).default('Quản trị hệ thống'),
  TRUST_PROXY: trustProxy.default(0),
  PUBLIC_URL: publicUrl
    .optional()
    .describe('Public address of the app; unset = the address each request came to (Host header)'),
  PUBLIC_PAGE_MAX_AGE_SEC: z.coerce
    .number()
    .int()
    .min(0)
    .max(3600)
    .default(15)
    .describe('How long browsers and proxies may reuse a public contest page (0 = always ask)'),
  TOKEN_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 14),
  AUTH_CACHE_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(60_000)
    .default(10_000)
    .describe(
      'How long a resolved token is trusted without a database lookup; 0 = look up every request',
    ),
  CODE_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .optional()
    .describe(
      'Key of the HMAC that one-time codes are stored under; unset = a key generated once and kept in the database. Changing it voids the codes handed out',
    ),
  ACTIVATION_CODE_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(365)
    .default(14)
    .describe('How long an activation code (first sign-in from a login slip) stays valid'),
  RESET_CODE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(24)
    .describe('How long a password reset code stays valid'),
  SMTP_URL: z
    .string()
    .refine((raw) => {
      try {
        const url = new URL(raw);
        return /^smtps?:$/.test(url.protocol) && url.hostname !== '';
      } catch {
        return false;
      }
    }, 'must be smtp://[user:pass@]host[:port] or smtps://… (the value is not repeated here)')
    .optional()
    .describe(
      'Mail server for password reset emails; unset = no email reset (codes come from the focal person)',
    ),
  SMTP_FROM: z
    .string()
    .max(200)
    .regex(
      /^[^\r\n]*@[^\r\n]*$/,
      'must be one line holding an address, e.g. Hội thi <no-reply@x.vn>',
    )
    .default('Hội thi CCHC <no-reply@localhost>')
    .describe('Sender of reset emails: an address the mail server accepts'),
  SMTP_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(500)
    .max(120_000)
    .default(10_000)
    .describe('Connecting to, greeting and each exchange with the mail server'),
  RESET_EMAIL_MAX_PER_IP: z.coerce
    .number()
    .int()
    .min(1)
    .default(10)
    .describe('Reset emails asked for from one IP address in RESET_EMAIL_WINDOW_SEC'),
  RESET_EMAIL_MAX_PER_ACCOUNT: z.coerce
    .number()
    .int()
    .min(1)
    .default(3)
    .describe(
      'Reset emails asked for one username (a phone in any of its forms counts as one) in RESET_EMAIL_WINDOW_SEC',
    ),
  RESET_EMAIL_WINDOW_SEC: z.coerce.number().int().min(1).default(3600),
  RESET_EMAIL_MAX_PENDING: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .default(50)
    .describe('Reset emails being prepared or sent at once by one process; more are dropped'),
  SLIP_FILES_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60)
    .describe(
      'How long the login slips (PDF, .xlsx) made with new staff-list accounts stay downloadable by their maker',
    ),
  USERS_BULK_MAX: z.coerce
    .number()
    .int()
    .min(1)
    .max(50_000)
    .default(1000)
    .describe(
      'Most accounts one bulk action (POST /api/users/bulk: deactivate, reactivate, issue codes) may name',
    ),
  SOCKET_RATE_PER_SEC: z.coerce
    .number()
    .positive()
    .max(1000)
    .default(5)
    .describe('Socket events of one kind one socket may send per second, on average'),
  SOCKET_BURST: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .default(20)
    .describe('Socket events of one kind one socket may send at once after a quiet spell'),
  SOCKET_USER_RATE_PER_SEC: z.coerce
    .number()
    .positive()
    .max(1000)
    .default(20)
    .describe("The same per person, across all the person's sockets"),
  SOCKET_USER_BURST: z.coerce.number().int().min(1).max(10_000).default(60),
  SOCKET_FLOOD_DISCONNECT_AFTER: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .default(100)
    .describe('Refused events after which a socket is closed as a flood'),
  LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: z.coerce
    .number()
    .int()
    .min(1)
    .default(5)
    .describe('Failed logins for one account from one IP address in the window'),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce
    .number()
    .int()
    .min(0)
    .default(100)
    .describe('Failed logins for one account from all addresses together in the window; 0 = off'),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce
    .number()
    .int()
    .min(1)
    .default(30)
    .describe('Failed logins from one IP address, whatever the account, in the window'),
  LOGIN_WINDOW_SEC: z.coerce
    .number()
    .int()
    .min(1)
    .default(15 * 60),
  REGISTER_MAX_PER_IP: z.coerce
    .number()
    .int()
    .min(1)
    .default(30)
    .describe('Registrations tried from one IP address in REGISTER_WINDOW_SEC'),
  REGISTER_WINDOW_SEC: z.coerce
    .number()
    .int()
    .min(1)
    .default(10 * 60),
  INTEGRITY_BURST_COUNT: z.coerce
    .number()
    .int()
    .min(2)
    .max(10_000)
    .default(5)
    .describe(
      'Integrity review: this many accounts registered from one address within INTEGRITY_BURST_MINUTES are flagged',
    ),
  INTEGRITY_BURST_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(10),
  RATE_LIMIT_PREFIX: z
    .string()
    .regex(/^[\w:-]{1,64}$/)
    .default('cchc:rl')
    .describe('Prefix of the rate-limit keys in Redis (several installs on one Redis differ here)'),
  SWEEP_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(5000)
    .describe('How often expired attempts are auto-submitted; 0 = never (tests drive it)'),
  HOME_LIST_MAX: z.coerce
    .number()
    .int()
    .min(1)
    .max(50)
    .default(5)
    .describe('Home pages: recent results, upcoming rounds and rounds to finalise listed'),
  HOME_RUNNING_MAX: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(20)
    .describe('Organiser home: running rounds listed (the total is always given)'),
  IMPORT_MAX_INFLATED_MB: z.coerce
    .number()
    .int()
    .min(1)
    .max(4096)
    .default(100)
    .describe('An uploaded .xlsx, all its entries once inflated (counted as they inflate)'),
  IMPORT_MAX_ENTRIES: z.coerce
    .number()
    .int()
    .min(1)
    .max(65_535)
    .default(1000)
    .describe('Entries (files) in one uploaded .xlsx'),
  IMPORT_MAX_ENTRY_MB: z.coerce
    .number()
    .int()
    .min(1)
    .max(4096)
    .default(50)
    .describe('One entry of an uploaded .xlsx once inflated'),
  IMPORT_PARSE_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .default(20_000)
    .describe('Wall time to read one uploaded spreadsheet (worker thread stopped after)'),
  IMPORT_PARSE_MEMORY_MB: z.coerce
    .number()
    .int()
    .min(32)
    .max(8192)
    .default(256)
    .describe('Heap of the worker thread that reads one uploaded spreadsheet'),
  IMPORT_PARSE_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .max(32)
    .default(2)
    .describe('Uploaded spreadsheets read at once; others wait their turn'),
  TEST_HOOKS: boolish
    .default(false)
    .describe(
      'Test-only: a settable server clock and a sweep trigger under /api/test (never in production)',
    ),
  CLIENT_DIST: z
    .string()
    .optional()
    .describe('Folder of the built client (default ../client/dist)'),
});
export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {}

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable (`DATABASE_URL=`) means "unset", as in most tools.
  const present = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  );
  const result = EnvSchema.refine((e) => !(e.TEST_HOOKS && e.NODE_ENV === 'production'), {
    path: ['TEST_HOOKS'],
    message: 'test hooks (a settable clock) are never allowed with NODE_ENV=production',
  })
    .refine((e) => !e.ADMIN_EMAIL === !e.ADMIN_PASSWORD, {
      path: ['ADMIN_PASSWORD'],
      message: 'ADMIN_EMAIL and ADMIN_PASSWORD go together (both set, or neither)',
    })
    // A reset email's link must not be built from a request's Host header, which a stranger
    // sets: the email would send its reader to the stranger's site to type the code.
    .refine((e) => !e.SMTP_URL || e.PUBLIC_URL, {
      path: ['PUBLIC_URL'],
      message: 'SMTP_URL needs PUBLIC_URL (the address written in reset emails)',
    })
    .safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new EnvError(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

export const ENV = Symbol('ENV');
