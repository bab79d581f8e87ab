// The vulnerability DB for the CI adapters, with the rules of every host
// (the Rust CLI does the same in host/src/db.rs): a DB named by the user is
// used as it is; otherwise, when the scan needs one (the component's `plan`:
// the policy checks vulnerabilities and requires a DB), the adapter's cached
// DB is used while it is younger than the policy's `max-db-age`, else
// restored from the CI cache (GitHub: actions/cache, one key per ISO week;
// Azure: the Cache@2 task restores the directory before the task runs) and,
// still missing or too old, downloaded (the OSV `all.zip` exports of the
// plan's ecosystems, with retries) and built by the component's `db build`.
// Offline, or when the download fails, the scan goes on with what there is:
// the component then decides `error` (vulnerability-db-missing / -stale),
// as in every host. Never a silent pass.

import { closeSync, existsSync, mkdirSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const CACHE_PREFIX = 'imagegate-db-v1-';

/** ISO 8601 week of a date, e.g. `2025-w07` (the year is the week's year). */
export function isoWeek(date) {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day); // the Thursday of this week
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d - Date.UTC(year, 0, 1)) / 86400000 + 1) / 7);
  return `${year}-w${String(week).padStart(2, '0')}`;
}

/** The cache key of this week's DB. */
export function cacheKey(date, platform = `${process.platform}-${process.arch}`) {
  return `${CACHE_PREFIX}${platform}-${isoWeek(date)}`;
}

/** The DB format this component reads (src/vulndb/db/mod.rs FORMAT_VERSION). */
export const DB_FORMAT = 2;

/**
 * The build time a DB file records (the first field of its directory; the
 * format is documented in src/vulndb/db/mod.rs), or null when `file` is not a
 * readable imagegate DB of the format the component reads (an older one must
 * be fetched anew). Read here, not through the component: its WASI preopens
 * are fixed when it first touches the filesystem.
 */
export function dbBuildTime(file) {
  let fd;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(96 + 10 + 64);
    const n = readSync(fd, head, 0, head.length, 0);
    if (n < 97 || head.toString('latin1', 0, 4) !== 'IGDB' || head.readUInt32LE(4) !== DB_FORMAT) return null;
    const dirOff = Number(head.readBigUInt64LE(16));
    if (dirOff !== 96) return null;
    let len = 0;
    let at = 96;
    for (let shift = 0; at < n && shift < 35; shift += 7) {
      const b = head[at++];
      len += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) break;
    }
    if (len > 64 || at + len > n) return null;
    return head.toString('utf8', at, at + len);
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Days between a DB's build and `now` (Unix seconds), by the component's rule
 * (src/policy/checks/vulnerabilities/check.rs `build_day`): a build time of
 * digits is Unix seconds, else its first 10 characters are YYYY-MM-DD. Null
 * when there is no readable DB or its build time is not a date.
 */
export function dbAgeDays(file, now) {
  const t = dbBuildTime(file)?.trim();
  if (!t) return null;
  let built;
  if (/^[0-9]+$/.test(t)) built = Math.floor(Number(t) / 86400);
  else if (/^\d{4}-\d{2}-\d{2}/.test(t)) {
    const ms = Date.parse(`${t.slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(ms)) return null;
    built = ms / 86400000;
  } else return null;
  return Math.floor(now / 86400) - built;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** GET `url` into `file`, retrying network errors and 5xx/429 with backoff. */
export async function fetchWithRetries(url, file, { fetchImpl = fetch, attempts = 4, delayMs = 1000, log = () => {} } = {}) {
  let last;
  for (let i = 1; i <= attempts; i++) {
    try {
      const res = await fetchImpl(url);
      if (res.ok) {
        const buf = Buffer.from(await res.arrayBuffer());
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, buf);
        return buf.length;
      }
      last = new Error(`${url}: HTTP ${res.status}`);
      if (res.status < 500 && res.status !== 429) throw last; // not worth a retry
    } catch (e) {
      last = e;
      if (/HTTP 4\d\d/.test(e.message) && !/HTTP 429/.test(e.message)) throw e;
    }
    if (i < attempts) {
      log(`download failed (${last.message}); retry ${i}/${attempts - 1}`);
      await sleep(delayMs * 2 ** (i - 1));
    }
  }
  throw new Error(`download failed after ${attempts} attempts: ${last.message}`);
}

/**
 * Download every ecosystem's all.zip under `work` and build `out` with the
 * component (`buildDb(fromDir, out)`, a `db build --from` run).
 */
export async function downloadDb({ source, ecosystems, work, out, buildDb, fetchOpts = {} }) {
  rmSync(work, { recursive: true, force: true });
  for (const eco of ecosystems) {
    const url = `${source.replace(/\/+$/, '')}/${encodeURIComponent(eco)}/all.zip`;
    await fetchWithRetries(url, path.join(work, eco, 'all.zip'), fetchOpts);
  }
  mkdirSync(path.dirname(out), { recursive: true });
  const code = await buildDb(work, out);
  rmSync(work, { recursive: true, force: true });
  if (code !== 0 || !existsSync(out)) throw new Error(`db build failed (exit code ${code})`);
  return out;
}

/**
 * Find or make the DB for a scan. Arguments:
 *   plan      the component's plan (needsDb, maxDbAgeDays, dbFile, dbSource, dbEcosystems)
 *   db        the user's DB path (input `db`), or ''
 *   dir       the adapter's cache directory (the DB is `dir/<plan.dbFile>`)
 *   offline   never use the network
 *   source, ecosystems   overrides of the plan's download defaults ('' / [] : the plan's)
 *   now       Unix seconds (the DB's age is judged against it, see dbAgeDays)
 *   buildDb(fromDir, out) -> exit code   (the component's `db build`, in a worker)
 *   cache     optional {restore(file) -> Promise<bool>, save(file) -> Promise}
 *   log, warn message sinks; fetchOpts for tests.
 * Returns { path } (a DB to scan with) or {} (none: the component decides).
 */
export async function getDb({ plan, db = '', dir, offline = false, source = '', ecosystems = [], now = Math.floor(Date.now() / 1000), dbAge = (f) => dbAgeDays(f, now), buildDb, cache = null, log = () => {}, warn = () => {}, fetchOpts = {} }) {
  if (db && existsSync(db)) return { path: db };
  if (!plan.needsDb) {
    if (db) warn(`input db: ${db} does not exist; the policy needs no DB, scanning without one`);
    return {};
  }
  const file = db || path.join(dir, plan.dbFile);
  const maxAge = plan.maxDbAgeDays;
  const fresh = () => {
    const age = existsSync(file) ? dbAge(file) : null;
    return age !== null && (maxAge === 0 || age <= maxAge);
  };
  if (!db && !fresh() && cache && !offline) {
    try {
      if (await cache.restore(file)) log(`imagegate: vulnerability DB restored from the cache into ${file}`);
    } catch (e) {
      warn(`restoring the DB cache failed: ${e.message}`);
    }
  }
  if (fresh()) return { path: file };
  const why = existsSync(file) ? `older than max-db-age = ${maxAge} days, or unreadable` : 'there is none yet';
  if (offline) {
    warn(`offline: not fetching the vulnerability DB ${file} (${why})`);
    return existsSync(file) ? { path: file } : {};
  }
  const from = source || plan.dbSource;
  try {
    log(`imagegate: fetching the vulnerability DB into ${file} (${why}) from ${from}`);
    mkdirSync(path.dirname(file), { recursive: true });
    await downloadDb({
      source: from,
      ecosystems: ecosystems.length ? ecosystems : plan.dbEcosystems,
      work: `${file}.download`,
      out: file,
      buildDb,
      fetchOpts: { log, ...fetchOpts },
    });
  } catch (e) {
    warn(`the vulnerability DB could not be fetched: ${e.message}`);
    return existsSync(file) ? { path: file } : {};
  }
  if (cache && !db) {
    try {
      await cache.save(file);
    } catch (e) {
      warn(`saving the DB cache failed: ${e.message}`);
    }
  }
  return { path: file };
}
