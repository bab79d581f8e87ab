import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CACHE_PREFIX, DB_FORMAT, cacheKey, dbAgeDays, dbBuildTime, fetchWithRetries, getDb, isoWeek } from '../../shared/db.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'imagegate-db-'));
let server;
let base;
const hits = {};
before(async () => {
  server = createServer((req, res) => {
    hits[req.url] = (hits[req.url] ?? 0) + 1;
    if (req.url === '/flaky/Debian/all.zip' && hits[req.url] < 3) return void res.writeHead(503).end();
    if (req.url.endsWith('/Debian/all.zip')) return void res.writeHead(200).end('zipbytes');
    res.writeHead(404).end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

describe('db', () => {
  it('keys the cache by ISO week', () => {
    assert.equal(isoWeek(new Date('2021-01-03T12:00:00Z')), '2020-w53');
    assert.equal(isoWeek(new Date('2025-01-01T00:00:00Z')), '2025-w01');
    assert.equal(isoWeek(new Date('2025-11-25T00:00:00Z')), '2025-w48');
    assert.equal(cacheKey(new Date('2025-11-25T00:00:00Z'), 'linux-x64'), `${CACHE_PREFIX}linux-x64-2025-w48`);
  });
  it("reads a DB's build time from its header and ages it by the component's rule", () => {
    const dbFile = (buildTime, { magic = 'IGDB', version = DB_FORMAT } = {}) => {
      const head = Buffer.alloc(96);
      head.write(magic, 0, 'latin1');
      head.writeUInt32LE(version, 4);
      head.writeBigUInt64LE(96n, 16);
      const f = path.join(tmp(), 'x.db');
      writeFileSync(f, Buffer.concat([head, Buffer.from([Buffer.byteLength(buildTime)]), Buffer.from(buildTime), Buffer.alloc(32)]));
      return f;
    };
    const now = Date.parse('2026-12-07T12:00:00Z') / 1000;
    assert.equal(dbBuildTime(dbFile('2026-11-25T00:00:00Z')), '2026-11-25T00:00:00Z');
    assert.equal(dbAgeDays(dbFile('2026-11-25T00:00:00Z'), now), 12);
    assert.equal(dbAgeDays(dbFile('2026-12-07T23:59:59Z'), now), 0);
    assert.equal(dbAgeDays(dbFile(String(Date.parse('2026-12-01T08:00:00Z') / 1000)), now), 6);
    assert.equal(dbAgeDays(dbFile('unknown'), now), null);
    assert.equal(dbAgeDays(dbFile('2026-11-25', { magic: 'NOPE' }), now), null);
    assert.equal(dbAgeDays(dbFile('2026-11-25', { version: DB_FORMAT - 1 }), now), null, 'an older format is fetched anew');
    assert.equal(dbAgeDays(path.join(tmp(), 'missing.db'), now), null);
  });
  it('retries 5xx, then succeeds', async () => {
    const f = path.join(tmp(), 'a', 'all.zip');
    const logs = [];
    const n = await fetchWithRetries(`${base}/flaky/Debian/all.zip`, f, { delayMs: 1, log: (m) => logs.push(m) });
    assert.equal(n, 8);
    assert.equal(readFileSync(f, 'utf8'), 'zipbytes');
    assert.equal(hits['/flaky/Debian/all.zip'], 3);
    assert.equal(logs.length, 2);
  });
  it('does not retry a 404', async () => {
    await assert.rejects(fetchWithRetries(`${base}/x/Nope/all.zip`, path.join(tmp(), 'z'), { delayMs: 1 }), /HTTP 404/);
    assert.equal(hits['/x/Nope/all.zip'], 1);
  });
  const plan = (over = {}) => ({ needsDb: true, maxDbAgeDays: 7, policyFile: 'imagegate.toml', dbFile: 'imagegate.db', dbSource: base, dbEcosystems: ['Debian'], ...over });
  const sinks = () => {
    const said = { log: [], warn: [] };
    return { said, log: (m) => said.log.push(m), warn: (m) => said.warn.push(m) };
  };
  const noBuild = () => assert.fail('no build');
  const building = (built) => async (from, out) => {
    built.push(readFileSync(path.join(from, 'Debian', 'all.zip'), 'utf8'));
    writeFileSync(out, 'built');
    return 0;
  };
  it('uses an existing db path as it is', async () => {
    const f = path.join(tmp(), 'my.db');
    writeFileSync(f, 'db');
    assert.deepEqual(await getDb({ plan: plan(), db: f, dir: tmp(), dbAge: () => 999, buildDb: noBuild }), { path: f });
  });
  it('needs no DB when the plan says so (vulnerabilities off)', async () => {
    assert.deepEqual(await getDb({ plan: plan({ needsDb: false }), dir: tmp(), dbAge: () => null, buildDb: noBuild }), {});
  });
  it('uses a cached DB younger than max-db-age without the network', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'imagegate.db'), 'cached');
    const r = await getDb({ plan: plan({ dbSource: `${base}/unused` }), dir, dbAge: () => 7, buildDb: noBuild });
    assert.equal(r.path, path.join(dir, 'imagegate.db'));
    assert.equal(hits['/unused/Debian/all.zip'], undefined);
  });
  it('offline: never downloads; no DB means none (the component says error)', async () => {
    const s = sinks();
    assert.deepEqual(await getDb({ plan: plan(), dir: tmp(), offline: true, dbAge: () => null, buildDb: noBuild, ...s }), {});
    assert.match(s.said.warn[0], /offline: not fetching.*there is none yet/);
    const dir = tmp();
    writeFileSync(path.join(dir, 'imagegate.db'), 'old');
    const r = await getDb({ plan: plan(), dir, offline: true, dbAge: () => 30, buildDb: noBuild, ...s });
    assert.equal(r.path, path.join(dir, 'imagegate.db'), 'a stale DB is handed on: the component judges it');
  });
  it("restores the DB from the CI cache without downloading", async () => {
    const dir = tmp();
    const cache = { restore: async (file) => (writeFileSync(file, 'cached'), true), save: async () => assert.fail('nothing to save') };
    const r = await getDb({ plan: plan({ dbSource: `${base}/none` }), dir, cache, dbAge: () => 2, buildDb: noBuild });
    assert.equal(readFileSync(r.path, 'utf8'), 'cached');
  });
  it('a stale cached DB is fetched anew, built and saved', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'imagegate.db'), 'old');
    const saved = [];
    const built = [];
    let age = 30;
    const cache = { restore: async () => false, save: async (file) => saved.push(file) };
    const r = await getDb({ plan: plan(), dir, cache, dbAge: () => age, buildDb: async (f, o) => ((age = 0), building(built)(f, o)), fetchOpts: { delayMs: 1 } });
    assert.deepEqual(built, ['zipbytes']);
    assert.equal(readFileSync(r.path, 'utf8'), 'built');
    assert.deepEqual(saved, [r.path]);
    assert.equal(existsSync(`${r.path}.download`), false);
  });
  it('the download fails: the old DB is handed on with a warning, or none', async () => {
    const s = sinks();
    const dir = tmp();
    writeFileSync(path.join(dir, 'imagegate.db'), 'old');
    let r = await getDb({ plan: plan({ dbEcosystems: ['Missing'] }), dir, dbAge: () => 30, buildDb: noBuild, fetchOpts: { delayMs: 1 }, ...s });
    assert.equal(readFileSync(r.path, 'utf8'), 'old');
    assert.match(s.said.warn[0], /could not be fetched.*HTTP 404/);
    r = await getDb({ plan: plan({ dbEcosystems: ['Missing'] }), dir: tmp(), dbAge: () => null, buildDb: noBuild, fetchOpts: { delayMs: 1 }, ...s });
    assert.deepEqual(r, {});
  });
  it('the inputs override the plan: source and ecosystems', async () => {
    const built = [];
    const r = await getDb({ plan: plan({ dbSource: `${base}/none`, dbEcosystems: ['Nope'] }), dir: tmp(), source: `${base}/flaky`, ecosystems: ['Debian'], dbAge: () => null, buildDb: building(built), fetchOpts: { delayMs: 1 } });
    assert.ok(r.path);
    assert.deepEqual(built, ['zipbytes']);
  });
});
