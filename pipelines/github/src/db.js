// The vulnerability DB for the action: use the `db` path when it exists,
// else restore it with @actions/cache (one key per ISO week, so a pipeline
// downloads at most once a week), else download the OSV `all.zip` exports
// (with retries) and build the DB with the component's own `db build`.

import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where OSV publishes one `all.zip` per ecosystem (a mirror of that layout works too). */
export const OSV_SOURCE = 'https://osv-vulnerabilities.storage.googleapis.com';
/** Ecosystems downloaded by default: the OS and language package sources imagegate inventories. */
export const ECOSYSTEMS = Object.freeze(['Debian', 'Alpine', 'Ubuntu', 'PyPI', 'npm', 'Go', 'crates.io', 'Maven', 'RubyGems', 'NuGet', 'Packagist']);
export const CACHE_PREFIX = 'imagegate-db-v1-';
export const DB_FILE = 'imagegate.db';

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
export async function downloadDb({ source, ecosystems = ECOSYSTEMS, work, out, buildDb, fetchOpts = {} }) {
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
 * Find or make the DB for a run. deps: { core, cache, buildDb, env, date, fetchOpts }.
 * Returns { path } or { note } (scan without a DB, said as a warning).
 */
export async function getDb(inputs, { core, cache, buildDb, env = process.env, date = new Date(), fetchOpts = {} }) {
  if (inputs.db && existsSync(inputs.db)) return { path: inputs.db };
  if (inputs.offline) {
    if (inputs.db) throw new Error(`input db: ${inputs.db} does not exist (offline: not downloading it)`);
    return { note: 'offline and no db given: packages are not matched against advisories' };
  }
  const file = inputs.db || path.join(env.RUNNER_TEMP || os.tmpdir(), 'imagegate-db', DB_FILE);
  const key = cacheKey(date);
  mkdirSync(path.dirname(file), { recursive: true });
  let restored;
  if (inputs.dbCache) {
    try {
      restored = await cache.restoreCache([file], key, [CACHE_PREFIX]);
      if (restored) core.info(`imagegate: vulnerability DB restored from cache ${restored}`);
    } catch (e) {
      core.warning(`restoring the DB cache failed: ${e.message}`);
    }
  }
  if (restored === key && existsSync(file)) return { path: file };
  try {
    core.info(`imagegate: downloading OSV advisories from ${inputs.dbSource || OSV_SOURCE}`);
    await downloadDb({
      source: inputs.dbSource || OSV_SOURCE,
      ecosystems: inputs.dbEcosystems?.length ? inputs.dbEcosystems : ECOSYSTEMS,
      work: `${file}.download`,
      out: file,
      buildDb,
      fetchOpts: { log: (m) => core.info(m), ...fetchOpts },
    });
  } catch (e) {
    if (existsSync(file)) {
      core.warning(`the vulnerability DB download failed (${e.message}); using the cached DB from ${restored}`);
      return { path: file };
    }
    throw e;
  }
  if (inputs.dbCache) {
    try {
      await cache.saveCache([file], key);
    } catch (e) {
      core.warning(`saving the DB cache failed: ${e.message}`);
    }
  }
  return { path: file };
}
