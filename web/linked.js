// A register linked to a register file on disk (File System Access API: Chromium-based
// browsers), for a Git working copy or a synced folder: the page opens from the file, writes
// it back after each change (IndexedDB stays the safety net), and notices when the file
// changed on disk (a colleague, a `git pull`): the app then merges it three-way with the last
// version it saw as base. Nothing goes over the network: the file is local.
//
// The handle is kept per register (its database file name) in IndexedDB, so the link survives
// a reload; the browser asks again for permission after a reload (one click: "Reconnect").
'use strict';

(function () {
  const POLL_MS = 2500;

  const L = {
    handle: null,       // FileSystemFileHandle of the open register's linked file
    register: '',       // the register (database file name) the handle belongs to
    name: '',
    permission: '',     // 'granted' | 'prompt' | 'denied' | ''
    lastModified: 0,    // of the file as this page last wrote or read it
    lastHash: '',       // of the text this page last wrote or read
    writing: null,      // the running write (a promise), so writes never overlap
    pendingText: null,  // the newest text waiting for the running write to end
    error: '',
    timer: 0,
  };

  const supported = () => typeof window.showOpenFilePicker === 'function' && typeof window.showSaveFilePicker === 'function';

  function fnv(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 0x01000193); }
    return (h >>> 0).toString(16) + ':' + text.length;
  }

  // ---- where handles are kept --------------------------------------------------------
  function handlesDb() {
    return new Promise((resolve, reject) => {
      const r = indexedDB.open(AirStore.state.dbName + ':linked', 1);
      r.onupgradeneeded = () => r.result.createObjectStore('handles');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  }
  async function keep(register, value) {
    const db = await handlesDb();
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['handles'], 'readwrite');
      if (value) tx.objectStore('handles').put(value, register); else tx.objectStore('handles').delete(register);
      tx.oncomplete = resolve;
      tx.onabort = () => reject(tx.error);
    });
    db.close();
  }
  async function recall(register) {
    const db = await handlesDb();
    const v = await new Promise((resolve) => {
      const g = db.transaction(['handles'], 'readonly').objectStore('handles').get(register);
      g.onsuccess = () => resolve(g.result || null);
      g.onerror = () => resolve(null);
    });
    db.close();
    return v;
  }

  // ---- talking to the app ----------------------------------------------------------------
  // kind: 'linked' (text = the file's content when it was opened, '' when created), 'changed'
  // (text = the new content on disk), 'written', 'state' (permission or error changed).
  function tell(kind, text) {
    const s = (v) => { const n = lengthBytesUTF8(v) + 1; const p = _malloc(n); stringToUTF8(v, p, n); return p; };
    const pk = s(kind), pt = s(text || '');
    Module._air_linked_event(pk, pt);
    _free(pk); _free(pt);
  }

  function poll() {
    clearInterval(L.timer);
    L.timer = 0;
    if (!L.handle || L.permission !== 'granted') return;
    L.timer = setInterval(check, POLL_MS);
  }

  // Reads the file when its modification time moved; reports a change unless it is our own text.
  async function check() {
    if (!L.handle || L.permission !== 'granted' || L.writing || document.visibilityState !== 'visible') return;
    try {
      const file = await L.handle.getFile();
      if (file.lastModified === L.lastModified) return;
      const text = await file.text();
      L.lastModified = file.lastModified;
      if (fnv(text) === L.lastHash) return;
      L.lastHash = fnv(text);
      tell('changed', text);
    } catch (e) {
      L.error = (e && e.name) || 'error';
      tell('state', '');
    }
  }

  const A = {
    state() {
      return {
        supported: supported(), linked: !!L.handle, name: L.name, permission: L.permission, error: L.error,
      };
    },

    // The open register changed (start, switch): find its link, if any.
    async open(register) {
      clearInterval(L.timer);
      Object.assign(L, { handle: null, register, name: '', permission: '', error: '', lastModified: 0, lastHash: '' });
      if (!supported() || !register) { tell('state', ''); return; }
      let v = null;
      try { v = await recall(register); } catch (_) { v = null; }
      if (!v || L.register !== register) { tell('state', ''); return; }
      L.handle = v.handle;
      L.name = v.handle.name;
      L.lastModified = v.lastModified || 0;
      L.lastHash = v.lastHash || '';
      try { L.permission = await L.handle.queryPermission({ mode: 'readwrite' }); } catch (_) { L.permission = 'prompt'; }
      tell('state', '');
      if (L.permission === 'granted') { poll(); check(); }
    },

    // Links the open register: create=true saves it to a new file (text), else opens a file.
    async link(create, suggestedName, text) {
      L.error = '';
      try {
        const types = [{ description: 'AI register', accept: { 'application/json': ['.json'] } }];
        const handle = create ? await window.showSaveFilePicker({ suggestedName, types })
                              : (await window.showOpenFilePicker({ types, multiple: false }))[0];
        L.handle = handle;
        L.name = handle.name;
        L.permission = 'granted';
        let content = '';
        if (create) {
          await A.write(text);
        } else {
          const file = await handle.getFile();
          content = await file.text();
          L.lastModified = file.lastModified;
          L.lastHash = fnv(content);
        }
        await keep(L.register, { handle, lastModified: L.lastModified, lastHash: L.lastHash });
        tell('linked', content);
        poll();
      } catch (e) {
        if (e && e.name === 'AbortError') return;  // the user closed the picker
        L.error = (e && (e.name + (e.message ? ': ' + e.message : ''))) || 'error';
        tell('state', '');
      }
    },

    // Writes the register's text to the file; a write asked for while one runs waits for it,
    // and only the newest text is written then.
    async write(text) {
      if (!L.handle || L.permission !== 'granted') return;
      if (L.writing) { L.pendingText = text; return; }
      L.writing = (async () => {
        try {
          // Changed on disk since we last saw it: take that in first (the app merges and then
          // writes the result), never write over it.
          const before = await L.handle.getFile();
          if (L.lastModified && before.lastModified !== L.lastModified) {
            const t = await before.text();
            L.lastModified = before.lastModified;
            if (fnv(t) !== L.lastHash) {
              L.lastHash = fnv(t);
              tell('changed', t);
              return;
            }
          }
          const w = await L.handle.createWritable();
          await w.write(text);
          await w.close();
          const file = await L.handle.getFile();
          L.lastModified = file.lastModified;
          L.lastHash = fnv(text);
          L.error = '';
          keep(L.register, { handle: L.handle, lastModified: L.lastModified, lastHash: L.lastHash }).catch(() => {});
          tell('written', '');
        } catch (e) {
          L.error = (e && (e.name + (e.message ? ': ' + e.message : ''))) || 'error';
          tell('state', '');
        }
      })();
      await L.writing;
      L.writing = null;
      if (L.pendingText !== null) { const t = L.pendingText; L.pendingText = null; await A.write(t); }
    },

    // After a reload the browser asks again (needs the user's click: the app calls this from one).
    async reconnect() {
      if (!L.handle) return;
      try { L.permission = await L.handle.requestPermission({ mode: 'readwrite' }); } catch (_) { L.permission = 'denied'; }
      tell('state', '');
      if (L.permission === 'granted') { poll(); check(); }
    },

    async unlink() {
      clearInterval(L.timer);
      const reg = L.register;
      Object.assign(L, { handle: null, name: '', permission: '', error: '', lastModified: 0, lastHash: '' });
      try { await keep(reg, null); } catch (_) { /* nothing kept */ }
      tell('state', '');
    },

    checkNow: check,
  };

  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') check(); });
  window.addEventListener('focus', () => check());
  window.AirLinked = A;
})();
