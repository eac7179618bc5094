// The page store: the data folder (/data: the register databases and two small files) kept in
// IndexedDB as 4 KiB block records. After each commit the C++ page tracker
// (src/platform/page_vfs.cpp) says which blocks of which database changed; one IndexedDB
// transaction writes exactly those blocks, each changed file's size and a header whose change
// counter goes up by one, so a save is atomic and costs what the change costs. Every outcome
// is handled: complete, error, abort, and a watchdog for a transaction that never ends;
// whatever was not saved stays queued and goes with the next save.
//
// One writer: the tab that holds the Web Lock (or, where Web Locks are missing, a lease record
// renewed in IndexedDB) writes its id into the 'writer' record before it reads anything, and
// every save checks in its own transaction that the record still names it and that nobody
// else saved since. A tab that cannot prove it is the writer never writes.
//
// Records: blocks [path, n] -> bytes; files path -> {size, blocks}; meta 'header' ->
// {counter, savedAt}, meta 'writer' -> {owner, expires}. One database per page location.
'use strict';

(function () {
  const BLOCK = 4096;
  const DIR = '/data';
  const LEASE_MS = 10000;     // a writer that stops renewing loses its lease after this
  const RENEW_MS = 3000;
  const WATCHDOG_MS = 15000;  // a save that neither completes nor fails by then has failed
  const SMALL = 65536;        // files up to this size are compared by content, not only mtime

  // The page's location: two copies of the single file in two folders keep two registers.
  function locationKey() {
    const l = window.location;
    if (l.protocol === 'file:') return 'file:' + decodeURIComponent(l.pathname);
    const folder = l.pathname.replace(/[^/]*$/, '');
    return folder === '/' ? '' : folder;
  }
  const where = locationKey();

  const S = {
    dbName: 'air-register' + (where ? ':' + where : ''),
    lockName: 'air-register-writer' + (where ? ':' + where : ''),
    channelName: 'air-register' + (where ? ':' + where : ''),
    tabId: Math.random().toString(36).slice(2) + Date.now().toString(36),
    db: null,
    writer: false,        // this tab is the writer (holds the lock, or the lease)
    locked: false,        // ... because it holds the Web Lock
    renewedAt: 0,         // when the writer record last named this tab
    counter: 0,           // the header counter this tab last read or wrote
    saved: new Map(),     // path -> stat key at the last successful save (or load)
    unsaved: new Map(),   // path -> {whole, removed, blocks: Set}
    migratedFrom: '',     // the old IDBFS database to delete once the first save is done
    retryMs: 0,
    lastSave: { bytes: 0, records: 0, ms: 0 },  // for the benchmark and tests
    onLost: null,         // called when another tab became the writer
  };

  // ---- small helpers ------------------------------------------------------------------
  const req2promise = (r) => new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

  function codeOf(err) {
    if (!err) return '';
    if (err.name === 'QuotaExceededError') return 'quota';
    return 'idb|' + (err.name || '') + (err.message ? ': ' + err.message : '');
  }

  function fnv(bytes) {
    let h = 0x811c9dc5;
    for (let i = 0; i < bytes.length; i++) { h ^= bytes[i]; h = Math.imul(h, 0x01000193); }
    return (h >>> 0).toString(16);
  }

  function fileBytes(path) {
    const node = FS.lookupPath(path).node;
    return MEMFS.getFileDataAsTypedArray(node);  // a view, no copy
  }

  function statKey(path) {
    const st = FS.stat(path);
    let key = st.size + ':' + st.mtime.getTime();
    if (st.size <= SMALL) key += ':' + fnv(fileBytes(path));
    return key;
  }

  function listFiles() {
    const out = [];
    for (const n of FS.readdir(DIR)) {
      if (n === '.' || n === '..') continue;
      const p = DIR + '/' + n;
      if (FS.isFile(FS.stat(p).mode)) out.push(p);
    }
    return out;
  }

  // ---- opening --------------------------------------------------------------------------
  function openDb() {
    return new Promise((resolve, reject) => {
      const r = indexedDB.open(S.dbName, 1);
      r.onupgradeneeded = () => {
        const db = r.result;
        db.createObjectStore('blocks');
        db.createObjectStore('files');
        db.createObjectStore('meta');
      };
      r.onsuccess = () => {
        const db = r.result;
        db.onversionchange = () => db.close();
        resolve(db);
      };
      r.onerror = () => reject(r.error);
      r.onblocked = () => reject(new Error('the database is blocked by another tab'));
    });
  }

  // Reads every record of the store (one transaction; no file system needed).
  async function readRecords() {
    const tx = S.db.transaction(['blocks', 'files', 'meta'], 'readonly');
    const meta = tx.objectStore('meta'), files = tx.objectStore('files'), blocks = tx.objectStore('blocks');
    const [header, paths, infos, keys, values] = await Promise.all([
      req2promise(meta.get('header')), req2promise(files.getAllKeys()), req2promise(files.getAll()),
      req2promise(blocks.getAllKeys()), req2promise(blocks.getAll()),
    ]);
    return { header, paths, infos, keys, values };
  }

  // Reads every file of the store into the data folder. Returns false when the store is empty.
  async function readAll() { return writeRecords(await readRecords()); }

  // Writes the records read by readRecords into the data folder. Returns false when the store
  // is empty; throws when a file's blocks do not fit it.
  function writeRecords({ header, paths, infos, keys, values }) {
    if (!header) return false;
    const bufs = new Map(), seen = new Map();
    paths.forEach((p, i) => { bufs.set(p, new Uint8Array(infos[i].size)); seen.set(p, 0); });
    keys.forEach(([p, n], i) => {
      const buf = bufs.get(p), v = values[i];
      if (!buf) return;  // a block of a file that was removed: ignored
      if (n * BLOCK + v.length > buf.length) throw new Error('block ' + n + ' of ' + p + ' lies beyond its end');
      buf.set(v, n * BLOCK);
      seen.set(p, seen.get(p) + 1);
    });
    for (const p of listFiles()) FS.unlink(p);
    for (const [p, buf] of bufs) {
      if (seen.get(p) !== Math.ceil(buf.length / BLOCK)) throw new Error(p + ' is missing blocks');
      FS.writeFile(p, buf);
    }
    S.counter = header.counter;
    S.saved = new Map();
    for (const p of bufs.keys()) S.saved.set(p, statKey(p));
    S.unsaved = new Map();
    return true;
  }

  // The data of earlier versions (Emscripten's IDBFS database "/data"): read, never changed.
  function readIdbfs() {
    return new Promise((resolve) => {
      let created = false;
      const r = indexedDB.open(DIR);
      r.onupgradeneeded = () => { created = true; r.transaction.abort(); };
      r.onerror = () => resolve(created ? null : null);
      r.onsuccess = () => {
        const db = r.result;
        if (!db.objectStoreNames.contains('FILE_DATA')) { db.close(); resolve(null); return; }
        const out = new Map();
        const c = db.transaction(['FILE_DATA'], 'readonly').objectStore('FILE_DATA').openCursor();
        c.onsuccess = () => {
          const cur = c.result;
          if (!cur) { db.close(); resolve(out); return; }
          const v = cur.value;
          if (v && v.contents && typeof cur.key === 'string' && cur.key.startsWith(DIR + '/')) out.set(cur.key, new Uint8Array(v.contents));
          cur.continue();
        };
        c.onerror = () => { db.close(); resolve(null); };
      };
    });
  }

  // Claims the writer record (the caller holds the Web Lock, or there is none and the lease
  // decides). Resolves 'ok', 'taken' (another tab's lease is live) or 'error' (the record
  // could not be written; a tab holding the lock is the writer all the same and its first save
  // writes the record).
  function claim(force) {
    return new Promise((resolve) => {
      let tx;
      try { tx = S.db.transaction(['meta'], 'readwrite'); } catch (_) { resolve('error'); return; }
      const meta = tx.objectStore('meta');
      let out = 'taken';
      const g = meta.get('writer');
      g.onsuccess = () => {
        const w = g.result;
        if (force || !w || w.owner === S.tabId || w.expires < Date.now()) {
          meta.put({ owner: S.tabId, expires: Date.now() + LEASE_MS }, 'writer');
          out = 'ok';
        }
      };
      tx.oncomplete = () => { if (out === 'ok') S.renewedAt = Date.now(); resolve(out); };
      tx.onabort = () => resolve(out === 'ok' ? 'error' : out);
    });
  }

  // Whether the writer record `w` lets this tab write: it names this tab, or nobody, or a
  // lease that ran out; a tab holding the Web Lock may write over any record.
  function mayWrite(w) {
    return S.writer && (S.locked || !w || w.owner === S.tabId || w.expires < Date.now());
  }

  function renew() {
    if (!S.writer || !S.db) return;
    let tx;
    try { tx = S.db.transaction(['meta'], 'readwrite'); } catch (_) { return; }
    const meta = tx.objectStore('meta');
    const g = meta.get('writer');
    g.onsuccess = () => {
      const w = g.result;
      if (!mayWrite(w)) { lost(); return; }
      meta.put({ owner: S.tabId, expires: Date.now() + LEASE_MS }, 'writer');
    };
    tx.oncomplete = () => { S.renewedAt = Date.now(); };
  }

  function lost() {
    if (!S.writer) return;
    S.writer = false;
    S.locked = false;
    if (S.onLost) S.onLost();
  }

  // Opens the store in two halves, so that the first can run while the wasm compiles (issue
  // #13; web/loader.js starts it): prefetch() claims the writer record when `lock` is not false
  // (true: the caller holds the Web Lock; null: there are none, the lease decides; false:
  // another tab holds it), then reads the records, and on first use the IDBFS data of earlier
  // versions; it needs no file system. install() writes what prefetch() read into the data folder
  // (Emscripten's FS, from preRun on). open() is both. install resolves {writer, error}; error
  // '' or a code for the status line.
  const unreadable = (e) => 'unreadable|' + (e && (e.message || e.name) || String(e));
  async function prefetch(lock, force) {
    try {
      S.db = await openDb();
      if (lock !== false) {
        const c = await claim(force || lock === true);
        S.locked = lock === true;
        S.writer = c === 'ok' || (c === 'error' && S.locked);
      }
      if (S.writer && !S.locked) setInterval(renew, RENEW_MS);  // the lease needs renewing; a lock does not
      const records = await readRecords();
      const old = records.header ? null : await readIdbfs();
      return { records, old, error: '' };
    } catch (e) {
      return { error: unreadable(e) };
    }
  }
  function install(fetched) {
    FS.mkdir(DIR);
    if (fetched.error) return { writer: S.writer, error: fetched.error };
    try {
      const had = writeRecords(fetched.records);
      if (!had && fetched.old && fetched.old.size) {
        for (const [p, bytes] of fetched.old) { FS.writeFile(p, bytes); note(p, { w: 1 }); }
        S.migratedFrom = DIR;
      }
      return { writer: S.writer, error: '' };
    } catch (e) {
      return { writer: S.writer, error: unreadable(e) };
    }
  }
  async function open(lock, force) { return install(await prefetch(lock, force)); }

  // ---- saving ---------------------------------------------------------------------------
  function note(path, ch) {
    let u = S.unsaved.get(path);
    if (!u) S.unsaved.set(path, (u = { whole: false, removed: false, blocks: new Set() }));
    if (ch.r) { u.removed = true; u.whole = false; u.blocks.clear(); return; }
    if (ch.w || u.removed) { u.removed = false; u.whole = true; u.blocks.clear(); return; }
    if (!u.whole && ch.b) for (const b of ch.b) u.blocks.add(b);
  }

  // Adds what the tracker reported and what changed outside SQLite (small files, files copied
  // in or removed) to the unsaved set.
  function collect(changes) {
    for (const c of changes) if (c.p.startsWith(DIR + '/')) note(c.p, c);
    const present = new Set(listFiles());
    for (const p of present) {
      if (S.unsaved.has(p)) continue;
      if (!S.saved.has(p) || S.saved.get(p) !== statKey(p)) note(p, { w: 1 });
    }
    for (const p of S.saved.keys()) if (!present.has(p)) note(p, { r: 1 });
    for (const [p, u] of S.unsaved) {
      if (!present.has(p) && !u.removed) note(p, { r: 1 });
      if (u.removed && !S.saved.has(p)) S.unsaved.delete(p);
    }
  }

  // Saves everything unsaved in one transaction. `changes`: the tracker's record (parsed JSON).
  // done(ok, code): code '' | 'quota' | 'timeout' | 'not_writer' | 'changed' | 'idb|...'.
  // `urgent` (the page is being left): the writes are issued at once and committed, without
  // first reading the writer record and header, because a closing page runs no more
  // callbacks; only a tab that holds the Web Lock or renewed its lease just now does that.
  function save(changes, done, urgent) {
    const t0 = performance.now();
    collect(changes);
    if (!S.writer) { done(false, 'not_writer'); return; }
    if (!S.db) {  // closed after a failure: a fresh connection sees the browser's quota anew
      openDb().then((db) => { S.db = db; save([], done, urgent); }, (e) => done(false, codeOf(e) || 'idb|open'));
      return;
    }
    // The snapshot: copies taken now, so later commits cannot leak into this save.
    const puts = [], files = [], removes = [], keys = new Map();
    let bytes = 0;
    for (const [p, u] of S.unsaved) {
      if (u.removed) { removes.push(p); continue; }
      const data = fileBytes(p);
      const n = Math.ceil(data.length / BLOCK);
      const list = u.whole ? Array.from({ length: n }, (_, i) => i) : [...u.blocks].filter((b) => b < n);
      for (const b of list) {
        const v = data.slice(b * BLOCK, Math.min(data.length, (b + 1) * BLOCK));
        puts.push([[p, b], v]);
        bytes += v.length;
      }
      files.push([p, { size: data.length, blocks: n }]);
      keys.set(p, statKey(p));
    }
    if (urgent && !S.locked && Date.now() - S.renewedAt > RENEW_MS * 1.5) urgent = false;

    let settled = false, code = '';
    const finish = (ok, why) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (ok) {
        for (const p of removes) S.saved.delete(p);
        for (const [p, k] of keys) S.saved.set(p, k);
        S.unsaved = new Map();
        S.retryMs = 0;
        S.lastSave = { bytes, records: puts.length, ms: performance.now() - t0 };
        if (S.migratedFrom) { indexedDB.deleteDatabase(S.migratedFrom); S.migratedFrom = ''; }
      } else if (why === 'not_writer' || why === 'changed') {
        lost();
      } else if (S.db) {
        S.db.close();  // the retry opens a new connection
        S.db = null;
      }
      done(ok, why);
    };
    const timer = setTimeout(() => {
      try { tx.abort(); } catch (_) { /* already finished */ }
      finish(false, 'timeout');
    }, WATCHDOG_MS);

    let tx;
    try {
      tx = S.db.transaction(['blocks', 'files', 'meta'], 'readwrite');
    } catch (e) {
      finish(false, codeOf(e));
      return;
    }
    let next = -1;
    tx.oncomplete = () => {
      if (next >= 0) S.counter = next;  // also when the watchdog already gave up on it
      finish(true, '');
    };
    tx.onabort = () => finish(false, code || codeOf(tx.error) || 'idb|aborted');
    const fail = (why) => { code = code || why; try { tx.abort(); } catch (_) { finish(false, code); } };
    const write = (counter) => {
      const blocks = tx.objectStore('blocks'), fileStore = tx.objectStore('files'), meta = tx.objectStore('meta');
      for (const p of removes) {
        fileStore.delete(p);
        blocks.delete(IDBKeyRange.bound([p, 0], [p, Infinity]));
      }
      for (const [p, info] of files) {
        fileStore.put(info, p);
        blocks.delete(IDBKeyRange.bound([p, info.blocks], [p, Infinity]));  // beyond the end
      }
      for (const [k, v] of puts) blocks.put(v, k);
      next = counter + 1;
      meta.put({ counter: next, savedAt: Date.now() }, 'header');
      meta.put({ owner: S.tabId, expires: Date.now() + LEASE_MS }, 'writer');
      if (tx.commit) tx.commit();
    };
    try {
      if (urgent) {
        write(S.counter);
        return;
      }
      const meta = tx.objectStore('meta');
      const w = meta.get('writer');
      w.onsuccess = () => {
        if (!mayWrite(w.result)) { fail('not_writer'); return; }
        const h = meta.get('header');
        h.onsuccess = () => {
          const counter = h.result ? h.result.counter : 0;
          if (counter !== S.counter) { fail('changed'); return; }
          try { write(counter); } catch (e) { fail(codeOf(e)); }
        };
      };
    } catch (e) {
      fail(codeOf(e));
    }
  }

  // A read-only tab follows the writer: reads the whole store again.
  async function reload() {
    if (!S.db && !S.writer) S.db = await openDb();
    if (S.writer || !S.db) return false;
    await readAll();
    return true;
  }

  // Gives the writer record up (the tab is closing), so another tab can write at once.
  function release() {
    if (!S.writer || !S.db) return;
    try {
      const tx = S.db.transaction(['meta'], 'readwrite');  // queued after the last save
      const meta = tx.objectStore('meta');
      const g = meta.get('writer');
      g.onsuccess = () => { if (g.result && g.result.owner === S.tabId) meta.delete('writer'); };
    } catch (_) { /* closing anyway */ }
  }

  window.AirStore = { state: S, open, prefetch, install, save, reload, release, lost, BLOCK };
})();
