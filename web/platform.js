// Browser side of the platform layer (src/platform/web_main.cpp calls these through EM_JS).
// Input: a hidden textarea holds keyboard focus so that typed text, dead keys (é, ë), AltGr (€)
// and IME composition arrive as real text; keys and mouse are forwarded to Dear ImGui.
// Persistence: /data is an in-memory folder whose files web/store.js keeps in IndexedDB as
// block records (only the changed blocks after each commit); saves are queued in C++.
// One writer across tabs: a Web Lock where the browser has them, else a lease in IndexedDB;
// other tabs are read-only and follow the writer's saves.
'use strict';

(function () {
  const store = window.AirStore;
  const channel = ('BroadcastChannel' in self) ? new BroadcastChannel(store.state.channelName) : null;

  const P = {
    readOnly: false,
    persisted: false,
    storageBroken: '',
    lastCopy: '',
    started: false,
    canvas: null,
    ta: null,

    fatal(kind, detail) { window.AirLoader && AirLoader.fail(kind, detail); },

    // ---- writer lock ---------------------------------------------------------------
    // Resolves true when this tab holds the Web Lock, false when another tab does, null when
    // the browser has no Web Locks (plain http off localhost): the store's lease decides then.
    // A tab that asked to take over steals the lock; the old writer then turns read-only.
    acquireLock(steal) {
      if (!navigator.locks) return Promise.resolve(null);
      return new Promise((resolve) => {
        const opts = steal ? { steal: true } : { ifAvailable: true };
        navigator.locks.request(store.state.lockName, opts, (lock) => {
          resolve(!!lock);
          return lock ? new Promise(() => {}) : undefined;  // held until the tab closes
        }).catch(() => store.lost());  // our lock was stolen by a tab that took over
      });
    },

    takeOver() {
      sessionStorage.setItem('air-take-over', '1');
      location.reload();
    },

    // ---- persistence -----------------------------------------------------------------
    // The lock first, then the data: a tab taking over reads IndexedDB only once it holds the
    // lock and has claimed the writer record, so no save of the old writer can come after.
    async openStorage() {
      const steal = sessionStorage.getItem('air-take-over') === '1';
      sessionStorage.removeItem('air-take-over');
      const lock = await P.acquireLock(steal);
      store.state.onLost = lostWriter;
      const r = await store.open(lock, steal);
      P.readOnly = !r.writer;
      if (r.error) {
        P.storageBroken = r.error;
        console.warn('AI register: IndexedDB could not be read:', r.error);
      }
      if (navigator.storage && navigator.storage.persist) {
        try {
          P.persisted = await navigator.storage.persisted();
          if (!P.persisted) P.persisted = await navigator.storage.persist();
        } catch (_) { P.persisted = false; }
      }
    },

    flush() {
      if (P.readOnly) { callDone(false, 'not_writer'); return; }
      if (P.storageBroken) { callDone(false, P.storageBroken); return; }
      const changes = JSON.parse(UTF8ToString(Module._air_take_changes()));
      P.flushing = true;
      store.save(changes, (ok, code) => {
        P.flushing = false;
        callDone(ok, code);
        if (ok) {
          P.retryMs = 0;
          if (channel) channel.postMessage({ type: 'saved', at: Date.now() });
        } else if (code !== 'not_writer' && code !== 'changed') {
          // Try again by itself: storage that works again gets everything unsaved.
          P.retryMs = Math.min(60000, Math.max(2000, (P.retryMs || 1000) * 2));
          clearTimeout(P.retryTimer);
          P.retryTimer = setTimeout(() => { if (P.started && !P.readOnly) Module._air_request_flush(); }, P.retryMs);
        }
      }, P.leaving);
    },

    // ---- files -----------------------------------------------------------------------
    download(name, mime, bytes) {
      const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    },

    pickFile(id, accept) {
      const input = document.createElement('input');
      input.type = 'file';
      if (accept) input.accept = accept;
      input.addEventListener('change', () => {
        if (input.files && input.files[0]) deliverFile(id, input.files[0]);
      });
      input.click();
    },

    // ---- clipboard, cursor, IME --------------------------------------------------------
    setClipboard(text) {
      P.lastCopy = text;
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).catch(() => { /* the copy event below covers it */ });
      }
    },
    setCursor(name) { if (P.canvas) P.canvas.style.cursor = name; },
    setImePos(x, y, want) {
      if (!P.ta) return;
      P.ta.style.left = Math.max(0, x) + 'px';
      P.ta.style.top = Math.max(0, y) + 'px';
      // On touch the hidden text field takes the focus only while a text field is being edited,
      // so the on-screen keyboard opens for text and closes after it (and not on every tap).
      if (P.touchMode && !!want !== P.wantText) {
        if (want) P.ta.focus({ preventScroll: true });
        else P.ta.blur();
      }
      P.wantText = !!want;
    },

    // Called by main() once the UI is up.
    ready() {
      P.started = true;
      window.AirLoader && AirLoader.done();
      resize();
      // Data moved over from an earlier version's storage is written to the new store at once.
      if (!P.readOnly && store.state.unsaved.size) Module._air_request_flush();
      P.ta.focus({ preventScroll: true });
    },
  };

  // Another tab became the writer: this one turns read-only and says so.
  function lostWriter() {
    P.readOnly = true;
    if (P.started) Module._air_lock_lost();
  }

  function callDone(ok, message) {
    const msg = message || '';
    const len = lengthBytesUTF8(msg) + 1;
    const p = _malloc(len);
    stringToUTF8(msg, p, len);
    Module._air_flush_done(ok ? 1 : 0, p);
    _free(p);
  }

  function withString(s, fn) {
    const len = lengthBytesUTF8(s) + 1;
    const p = _malloc(len);
    stringToUTF8(s, p, len);
    try { return fn(p); } finally { _free(p); }
  }

  // Hands a chosen or dropped file to the app. The size limit is checked before anything is
  // read, and a failed allocation in the wasm heap is reported, never ignored.
  function deliverFile(id, file) {
    const refuse = (kind) => withString(file.name, (np) => Module._air_file_refused(id, np, file.size, kind));
    if (file.size > Module._air_max_file_bytes()) { refuse(0); return; }
    file.arrayBuffer().then((buf) => {
      const bytes = new Uint8Array(buf);
      const p = _malloc(Math.max(1, bytes.length));
      if (!p) { refuse(1); return; }
      HEAPU8.set(bytes, p);
      withString(file.name, (np) => Module._air_file_picked(id, np, p, bytes.length));
      _free(p);
    }, () => refuse(2));
  }

  function resize() {
    const c = P.canvas;
    if (!c || !P.started) return;
    const r = c.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(r.width * dpr)), h = Math.max(1, Math.round(r.height * dpr));
    if (c.width !== w || c.height !== h) { c.width = w; c.height = h; }
    Module._air_resize(r.width, r.height, dpr);
    keyboardInset();
  }

  // The part of the canvas an on-screen keyboard covers (the visual viewport ends above the
  // canvas's bottom): the shell scrolls the field being edited above it. Where the keyboard
  // resizes the page instead (interactive-widget=resizes-content), the canvas shrinks and the
  // same scrolling keeps the field in view.
  function keyboardInset() {
    const vv = window.visualViewport;
    if (!vv || !P.canvas || !P.started) return;
    const r = P.canvas.getBoundingClientRect();
    const covered = Math.max(0, Math.round(r.bottom - (vv.offsetTop + vv.height)));
    if (covered !== P.inset) { P.inset = covered; Module._air_keyboard_inset(covered); }
  }

  function mods(e) {
    return (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0);
  }

  function sendKey(e, down) {
    withString(e.code || '', (cp) => withString(e.key || '', (kp) => Module._air_key(cp, kp, down ? 1 : 0, mods(e))));
  }

  // Wires the DOM events once the runtime is up (called from the loader's onRuntimeInitialized).
  P.attach = function () {
    const c = P.canvas = document.getElementById('canvas');
    const ta = P.ta = document.getElementById('textinput');
    let composing = false;

    window.addEventListener('resize', resize);
    if (window.visualViewport) {
      window.visualViewport.addEventListener('resize', keyboardInset);
      window.visualViewport.addEventListener('scroll', keyboardInset);
    }
    if (window.ResizeObserver) new ResizeObserver(resize).observe(c);
    const watchDpr = () => {
      const mq = matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
      mq.addEventListener('change', () => { resize(); watchDpr(); }, { once: true });
    };
    watchDpr();

    const pos = (e) => { const r = c.getBoundingClientRect(); return [e.clientX - r.left, e.clientY - r.top]; };
    // Touch goes to the page's gestures (drag scrolls with momentum, tap clicks, long press is a
    // right click); the on-screen keyboard opens only when a text field wants it (setTextInput).
    const touch = (phase) => (e) => {
      if (e.pointerType !== 'touch') return false;
      const [x, y] = pos(e);
      P.touchMode = true;
      Module._air_touch(phase, x, y);
      if (phase === 0) { try { c.setPointerCapture(e.pointerId); } catch (_) { /* not capturable */ } }
      e.preventDefault();
      return true;
    };
    const touchDown = touch(0), touchMove = touch(1), touchUp = touch(2);
    c.addEventListener('pointermove', (e) => { if (touchMove(e)) return; const [x, y] = pos(e); Module._air_mouse_move(x, y); });
    c.addEventListener('pointerdown', (e) => {
      if (touchDown(e)) return;
      P.touchMode = false;
      const [x, y] = pos(e);
      Module._air_mouse_move(x, y);
      Module._air_mouse_button(e.button, 1);
      try { c.setPointerCapture(e.pointerId); } catch (_) { /* not capturable */ }
      e.preventDefault();
      ta.focus({ preventScroll: true });
    });
    c.addEventListener('pointerup', (e) => { if (touchUp(e)) return; const [x, y] = pos(e); Module._air_mouse_move(x, y); Module._air_mouse_button(e.button, 0); });
    c.addEventListener('pointercancel', (e) => { touchUp(e); });
    c.addEventListener('pointerleave', () => Module._air_mouse_move(-3.4e38, -3.4e38));
    c.addEventListener('contextmenu', (e) => e.preventDefault());
    c.addEventListener('wheel', (e) => {
      if (e.ctrlKey) return;  // browser zoom stays the browser's
      e.preventDefault();
      const unit = e.deltaMode === 1 ? 1 / 3 : e.deltaMode === 2 ? 3 : 1 / 100;
      Module._air_wheel(e.deltaX * unit, e.deltaY * unit);
    }, { passive: false });

    // Keys pressed in the text input, or on an element of the accessibility mirror (web/a11y.js).
    P.keydown = (e) => {
      if (e.isComposing || e.keyCode === 229 || composing) return;
      if (e.key === 'Dead') return;  // the composed character arrives as input
      const ctrl = e.ctrlKey || e.metaKey;
      const altGr = e.ctrlKey && e.altKey;  // Windows reports AltGr as Ctrl+Alt
      const k = (e.key || '').toLowerCase();
      if (ctrl && !altGr && k === 'v') return;  // the paste event brings the text
      sendKey(e, true);
      if (ctrl && !altGr && (k === 'c' || k === 'x')) {
        Module._air_render_now();  // ImGui sets the clipboard now, the copy event sends it
        return;
      }
      const printable = e.key && e.key.length === 1 && (!ctrl || altGr);
      if (!printable) e.preventDefault();
    };
    P.keyup = (e) => { if (e.key !== 'Dead') sendKey(e, false); };
    ta.addEventListener('keydown', P.keydown);
    ta.addEventListener('keyup', P.keyup);
    ta.addEventListener('compositionstart', () => { composing = true; });
    ta.addEventListener('compositionend', (e) => {
      composing = false;
      if (e.data) withString(e.data, (p) => Module._air_text(p));
      ta.value = '';
    });
    ta.addEventListener('input', (e) => {
      if (composing || e.isComposing) return;
      const text = ta.value;
      ta.value = '';
      if (text) withString(text, (p) => Module._air_text(p));
    });
    ta.addEventListener('copy', (e) => { e.clipboardData.setData('text/plain', P.lastCopy); e.preventDefault(); });
    ta.addEventListener('cut', (e) => { e.clipboardData.setData('text/plain', P.lastCopy); e.preventDefault(); });
    ta.addEventListener('paste', (e) => {
      const text = (e.clipboardData || window.clipboardData).getData('text/plain');
      e.preventDefault();
      if (text) withString(text, (p) => Module._air_paste(p));
    });
    // The app has the keyboard while the text input or a mirror element (web/a11y.js) has it.
    let hadFocus = false;
    P.focusChanged = () => setTimeout(() => {
      const a = document.activeElement;
      const now = a === ta || !!(window.AirA11y && AirA11y.root && AirA11y.root.contains(a));
      if (now !== hadFocus) { hadFocus = now; Module._air_focus(now ? 1 : 0); }
    }, 0);
    ta.addEventListener('focus', P.focusChanged);
    ta.addEventListener('blur', P.focusChanged);

    // Files dropped anywhere on the page go to the import (picker id 0).
    document.addEventListener('dragover', (e) => { e.preventDefault(); });
    document.addEventListener('drop', (e) => {
      e.preventDefault();
      const f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
      if (f) deliverFile(0, f);
    });

    // Nothing typed is lost: the field being edited is committed when the tab is hidden, the
    // page is left or the window loses focus, and saved at once; leaving warns while anything
    // is unsaved (a save running or failed, or text not yet committed).
    // A page being left runs no more callbacks, so its save is issued at once (urgent); when a
    // save is still running, what came after it goes in a second, urgent one.
    const commitAndSave = () => {
      if (!P.started || P.readOnly) return;
      Module._air_commit_edits();
      Module._air_request_flush();
    };
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') commitAndSave(); });
    window.addEventListener('pagehide', (e) => {
      if (!P.started || P.readOnly) return;
      P.leaving = true;
      const busy = P.flushing;
      commitAndSave();
      if (busy) {
        const changes = JSON.parse(UTF8ToString(Module._air_take_changes()));
        store.save(changes, () => {}, true);
      }
      if (!e.persisted) store.release();
    });
    window.addEventListener('pageshow', (e) => { if (e.persisted) P.leaving = false; });
    window.addEventListener('blur', commitAndSave);
    window.addEventListener('beforeunload', (e) => {
      if (P.started && !P.readOnly && Module._air_unsaved()) { e.preventDefault(); e.returnValue = ''; }
    });

    if (window.AirA11y) AirA11y.attach();

    // A read-only tab follows the writer: reads the store again and reopens after each save.
    if (channel) {
      channel.onmessage = (m) => {
        if (!P.readOnly || !P.started || !m.data || m.data.type !== 'saved') return;
        store.reload().then((ok) => { if (ok) Module._air_external_change(); }, () => {});
      };
    }
  };

  window.AirPlatform = P;
})();
