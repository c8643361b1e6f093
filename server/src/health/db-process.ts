export const DB_PROCESS = Symbol('DB_PROCESS');

/** The embedded PostgreSQL's supervisor, when the server runs one (null with DATABASE_URL). */
export interface DbProcess {
  /** False while the postmaster is down or being restarted. */
  isRunning(): boolean;
}
