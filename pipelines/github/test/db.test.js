import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CACHE_PREFIX, cacheKey, fetchWithRetries, getDb, isoWeek } from '../src/db.js';
import { mockCore } from './mock-core.js';

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
  it('uses an existing db path as it is', async () => {
    const f = path.join(tmp(), 'my.db');
    writeFileSync(f, 'db');
    assert.deepEqual(await getDb({ db: f, dbCache: true }, { core: mockCore(), cache: null, buildDb: null }), { path: f });
  });
  it('offline: never downloads', async () => {
    assert.match((await getDb({ offline: true }, { core: mockCore() })).note, /not matched/);
    await assert.rejects(getDb({ offline: true, db: '/nonexistent.db' }, { core: mockCore() }), /does not exist \(offline/);
  });
  it("restores this week's DB from the cache without downloading", async () => {
    const env = { RUNNER_TEMP: tmp() };
    const date = new Date('2025-11-25T00:00:00Z');
    const cache = {
      restoreCache: async ([file], key) => (writeFileSync(file, 'cached'), key),
      saveCache: async () => assert.fail('nothing to save'),
    };
    const r = await getDb({ dbCache: true, dbSource: `${base}/none` }, { core: mockCore(), cache, buildDb: () => assert.fail('no build'), env, date });
    assert.equal(readFileSync(r.path, 'utf8'), 'cached');
  });
  it('cache miss: downloads, builds, saves under the week key', async () => {
    const env = { RUNNER_TEMP: tmp() };
    const saved = [];
    const cache = { restoreCache: async () => undefined, saveCache: async (paths, key) => saved.push([paths, key]) };
    const built = [];
    const buildDb = async (from, out) => {
      built.push(readFileSync(path.join(from, 'Debian', 'all.zip'), 'utf8'));
      writeFileSync(out, 'built');
      return 0;
    };
    const date = new Date('2025-11-25T00:00:00Z');
    const r = await getDb({ dbCache: true, dbSource: base, dbEcosystems: ['Debian'] }, { core: mockCore(), cache, buildDb, env, date, fetchOpts: { delayMs: 1 } });
    assert.deepEqual(built, ['zipbytes']);
    assert.equal(readFileSync(r.path, 'utf8'), 'built');
    assert.deepEqual(saved, [[[r.path], cacheKey(date)]]);
    assert.equal(existsSync(`${r.path}.download`), false);
  });
  it("keeps last week's cached DB when the download fails", async () => {
    const env = { RUNNER_TEMP: tmp() };
    const core = mockCore();
    const cache = { restoreCache: async ([file]) => (writeFileSync(file, 'old'), `${CACHE_PREFIX}old`), saveCache: async () => assert.fail('no save') };
    const r = await getDb({ dbCache: true, dbSource: base, dbEcosystems: ['Missing'] }, { core, cache, buildDb: null, env, fetchOpts: { delayMs: 1 } });
    assert.equal(readFileSync(r.path, 'utf8'), 'old');
    assert.match(core.calls.warnings[0].m, /download failed.*using the cached DB/);
  });
  it('no cache and the download fails: an error', async () => {
    await assert.rejects(
      getDb({ dbCache: false, dbSource: base, dbEcosystems: ['Missing'] }, { core: mockCore(), cache: null, buildDb: null, env: { RUNNER_TEMP: tmp() }, fetchOpts: { delayMs: 1 } }),
      /HTTP 404/,
    );
  });
});
