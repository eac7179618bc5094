// The accessibility mirror's DOM side (issue #14; C++: src/ui/a11y_mirror.hpp,
// src/platform/web_a11y.cpp). The whole interface is drawn on one canvas; after every frame in
// which something a screen reader would notice changed, the wasm hands over a compact text
// of the visible controls (role, name, value, state, rectangle). This file reconciles it into a
// transparent DOM tree over the canvas (#a11y) with the matching ARIA roles, touching only the
// elements that changed, and:
// - keeps DOM focus on the element of ImGui's keyboard focus (a screen reader announces it),
//   or on the hidden text input (web/platform.js), labelled with the field's name, while a
//   text field is being edited;
// - forwards keys pressed on a mirror element to ImGui like the text input does;
// - turns a click on a mirror element (a screen reader's "activate") into ImGui's activation
//   of that item, and a focus moved by assistive technology into ImGui's focus;
// - announces live texts (toasts, the save state, validation errors) in the aria-live regions;
// - F6 / Shift+F6 move the keyboard focus to the next / previous region (navigation, page,
//   editor, status bar): the skip link of a canvas application.
'use strict';

(function () {
  const RS = '\x1e', FS = '\x1f';
  // State bits (src/ui/item_registry.hpp).
  const CHECKED = 1, SELECTED = 2, EXPANDED = 4, COLLAPSED = 8, DISABLED = 16, INVALID = 32,
    REQUIRED = 64, MULTILINE = 128, SELECTABLE = 512, NONAV = 1024;
  const FOCUSABLE = new Set(['button', 'checkbox', 'radio', 'textbox', 'combobox', 'option', 'tab', 'row',
    'columnheader', 'link', 'menuitem', 'menuitemcheckbox', 'group']);

  const A = {
    root: null,
    nodes: new Map(),   // id -> element
    keys: new Map(),    // id -> the record it was last drawn from
    items: [],          // the last update's records, in drawing order
    live: new Set(),    // live texts of the last update
    navId: '0',
    textId: '0',
    updates: 0,         // how many updates arrived (tests, benchmark)
    lastMs: 0,          // time the last reconcile took
    totalMs: 0,         // ... and all of them
    laterMs: 0,         // ... of which those run after their frame (throttled)
    settingFocus: false,
  };

  // Each element carries the record it shows (e._r), its id (e._id) and the numbers of its
  // inline position (e._p): a change is found by comparing records, never by reading the DOM.
  // Elements of records that went away are reused for new records of the same role where they
  // stand (scrolling a table: the rows that left become the rows that came, their cells too),
  // so a scroll rewrites texts and positions instead of removing and creating elements.
  const pool = new Map();  // role -> detached elements (their attributes still those of e._r)
  function release(e) {
    e.remove();
    if (e.fallbackCell) { e.fallbackCell.remove(); e.fallbackCell = null; }
    const role = e._r.role;
    const list = pool.get(role) || [];
    if (list.length < 200) { list.push(e); pool.set(role, list); }
  }

  function create(role) {
    const list = pool.get(role);
    if (list && list.length) return list.pop();
    const e = document.createElement('div');
    if (role && role !== 'text') e.setAttribute('role', role === 'status' || role === 'alert' ? 'note' : role);
    if (FOCUSABLE.has(role)) e.tabIndex = -1;
    e._r = null;
    e._p = [NaN, NaN, NaN, NaN];
    e.appendChild(document.createTextNode(''));
    return e;
  }

  function setAttr(e, name, value) {
    if (value === null) { if (e.hasAttribute(name)) e.removeAttribute(name); return; }
    if (e.getAttribute(name) !== value) e.setAttribute(name, value);
  }

  const LABELLED = new Set(['textbox', 'combobox', 'grid', 'dialog', 'listbox', 'tablist', 'menu', 'row', 'group']);
  // Shows record r on element e, which shows `prev` (null: a new element): only what differs.
  function apply(e, r, prev) {
    const { role, state, name, value } = r;
    if (!prev || prev.name !== name || prev.value !== value) {
      const text = e.firstChild;
      if (LABELLED.has(role)) {
        setAttr(e, 'aria-label', name || null);
        const shown = role === 'textbox' || role === 'combobox' ? value : '';
        if (text.data !== shown) text.data = shown;
      } else if (text.data !== name) {
        text.data = name;
      }
    }
    if (prev && prev.state === state && prev.level === r.level) return;
    const tf = (bit) => ((state & bit) ? 'true' : 'false');
    setAttr(e, 'aria-checked', role === 'checkbox' || role === 'radio' || role === 'menuitemcheckbox' ? tf(CHECKED) : null);
    setAttr(e, 'aria-selected', role === 'tab' || role === 'option' || (role === 'row' && (state & SELECTABLE)) ? tf(SELECTED) : null);
    // A row is a control when it can be chosen or folded; the header row is not.
    if (role === 'row') setAttr(e, 'tabindex', (state & (SELECTABLE | EXPANDED | COLLAPSED)) ? '-1' : null);
    setAttr(e, 'aria-expanded', role === 'combobox' ? tf(EXPANDED)
      : (state & (EXPANDED | COLLAPSED)) ? tf(EXPANDED) : null);
    setAttr(e, 'aria-disabled', (state & DISABLED) ? 'true' : null);
    setAttr(e, 'aria-invalid', (state & INVALID) ? 'true' : null);
    setAttr(e, 'aria-required', (state & REQUIRED) && (role === 'textbox' || role === 'combobox') ? 'true' : null);
    setAttr(e, 'aria-multiline', role === 'textbox' ? tf(MULTILINE) : null);
    setAttr(e, 'aria-level', role === 'heading' ? String(r.level || 2) : null);
    setAttr(e, 'aria-modal', role === 'dialog' ? 'true' : null);
    if (role === 'combobox') setAttr(e, 'aria-haspopup', 'listbox');
  }

  // Places e over its rectangle, relative to its parent's element; writes only what moved.
  function place(e, r, parent) {
    const p = e._p;
    const x = r.x0 - (parent ? parent.x0 : 0), y = r.y0 - (parent ? parent.y0 : 0);
    const w = Math.max(1, r.x1 - r.x0), h = Math.max(1, r.y1 - r.y0);
    const s = e.style;
    if (p[0] !== x) { p[0] = x; s.left = x + 'px'; }
    if (p[1] !== y) { p[1] = y; s.top = y + 'px'; }
    if (p[2] !== w) { p[2] = w; s.width = w + 'px'; }
    if (p[3] !== h) { p[3] = h; s.height = h + 'px'; }
  }

  // The text: a header, then records. An item record whose text is the same as last time
  // keeps its parsed object (no split).
  function parse(text, old) {
    const recs = text.split(RS);
    const h = recs[0].split(FS);
    const out = { navId: h[1] || '0', navVisible: h[2] === '1', textId: h[3] || '0', modalId: h[4] || '0', live: [], items: [] };
    for (let i = 1; i < recs.length; i++) {
      const rec = recs[i];
      if (rec[0] === 'I') {
        const id = rec.slice(2, rec.indexOf(FS, 2));
        const was = old.get(id);
        if (was && was.raw === rec) { out.items.push(was); continue; }
        const f = rec.split(FS);
        out.items.push({ raw: rec, id, role: f[2], state: +f[3], parent: f[4], x0: +f[5], y0: +f[6], x1: +f[7], y1: +f[8],
          level: +f[9], win: f[10], name: f[11], value: f[12] || '' });
      } else if (rec[0] === 'L') {
        const f = rec.split(FS);
        out.live.push({ assertive: f[1] === '1', text: f[2] });
      }
    }
    return out;
  }

  // ---- reconcile ----------------------------------------------------------------------------
  // A change of what is announced (focus, the field being edited, the modal, live texts: the
  // records before the first item) is reconciled at once after a pause and at most every
  // 100 ms (a key press is answered in its frame). A change of content or positions alone waits
  // until the frames have been still for 150 ms, and at most 1 s: a scroll is reconciled where
  // it stops (a screen reader reads the table when it stops moving), not at every position.
  const WINDOW_MS = 100, QUIET_MS = 150, MAX_WAIT_MS = 1000;
  A.pending = null;  // true while a newer text waits in the wasm
  A.lastAt = -1e9;
  let urgent = false, timer = 0, due = 0, pendingSince = 0;
  const arm = (now) => { timer = setTimeout(tick, Math.max(0, due - now)); };
  function tick() {
    timer = 0;
    const now = performance.now();
    if (now < due - 1) { arm(now); return; }  // more changes came: still moving
    flush(true);
  }
  // Called by the wasm (web_a11y.cpp) in a frame whose text differs; the text itself is read
  // from the wasm only when it is reconciled.
  A.changed = function (headChanged) {
    const now = performance.now();
    if (!A.pending) pendingSince = now;
    A.pending = true;
    urgent = urgent || headChanged;
    due = urgent ? A.lastAt + WINDOW_MS : Math.min(now + QUIET_MS, pendingSince + MAX_WAIT_MS);
    if (now >= due) { flush(false); return; }
    if (timer) {
      if (!urgent) return;  // the running timer looks at `due` again when it fires
      clearTimeout(timer);
    }
    arm(now);
  };
  function flush(later) {
    const pending = A.pending;
    A.pending = null;
    urgent = false;
    if (timer) { clearTimeout(timer); timer = 0; }
    due = 0;
    A.lastAt = performance.now();
    if (!pending) return;
    reconcile(UTF8ToString(Module._air_a11y_text(), Module._air_a11y_text_len()));
    if (later) A.laterMs += performance.now() - A.lastAt;  // outside the frame (the benchmark adds it)
  }

  function reconcile(text) {
    const t0 = performance.now();
    const m = parse(text, A.keys);
    const byId = new Map();
    for (const r of m.items) if (!byId.has(r.id)) byId.set(r.id, r);
    // Gone: kept aside, in drawing order, for new records of their role (not the focused one:
    // its element goes, so that the focus moves to a new one and is announced).
    const spare = new Map();
    const focused = document.activeElement;
    for (const [id, e] of A.nodes) {
      const r = byId.get(id);
      if (r && r.role === e._r.role) continue;
      A.nodes.delete(id);
      if (e === focused) { release(e); continue; }
      const list = spare.get(e._r.role);
      if (list) list.push(e); else spare.set(e._r.role, [e]);
    }
    const used = new Map();  // role -> how many spares taken
    // New and changed.
    for (const r of byId.values()) {
      let e = A.nodes.get(r.id);
      if (!e) {
        const list = spare.get(r.role), k = used.get(r.role) || 0;
        if (list && k < list.length) { e = list[k]; used.set(r.role, k + 1); } else e = create(r.role);
        e._id = r.id;
        A.nodes.set(r.id, e);
      }
      if (e._r !== r) { apply(e, r, e._r); e._r = r; }
    }
    // Tree and order: each element under its parent's (or the root), in drawing order.
    const lastChild = new Map();
    const withCells = new Set();
    for (const r of byId.values()) {
      const e = A.nodes.get(r.id);
      const pr = r.parent !== '0' && r.parent !== r.id ? byId.get(r.parent) : undefined;
      const container = pr ? A.nodes.get(pr.id) : A.root;
      if (pr && (r.role === 'gridcell' || r.role === 'columnheader')) withCells.add(pr.id);
      place(e, r, pr);
      const prev = lastChild.get(container);
      const want = prev ? prev.nextSibling : container.firstElementChild;
      if (want !== e) container.insertBefore(e, want);
      lastChild.set(container, e);
    }
    for (const [role, list] of spare) for (let k = used.get(role) || 0; k < list.length; k++) release(list[k]);
    // A row whose cells are all out of view still needs one (ARIA: a row owns cells).
    for (const r of byId.values()) {
      if (r.role !== 'row') continue;
      const e = A.nodes.get(r.id);
      if (withCells.has(r.id)) {
        if (e.fallbackCell) { e.fallbackCell.remove(); e.fallbackCell = null; }
        continue;
      }
      if (!e.fallbackCell) { e.fallbackCell = document.createElement('div'); e.fallbackCell.setAttribute('role', 'gridcell'); }
      if (e.fallbackCell.textContent !== r.name) e.fallbackCell.textContent = r.name;
      if (e.fallbackCell.parentNode !== e) e.appendChild(e.fallbackCell);
    }
    A.keys = byId;
    A.items = m.items;
    announce(m.live);
    A.navId = m.navId;
    A.textId = m.textId;
    A.modalId = m.modalId;
    followFocus(byId);
    A.updates++;
    A.lastMs = performance.now() - t0;
    A.totalMs += A.lastMs;
  }

  // ---- live regions -----------------------------------------------------------------------------
  function announce(live) {
    const now = new Set();
    for (const l of live) {
      const key = (l.assertive ? '!' : '') + l.text;
      now.add(key);
      if (A.live.has(key)) continue;
      const region = document.getElementById(l.assertive ? 'a11y-assertive' : 'a11y-polite');
      if (!region) continue;
      // A new node in the region is announced; the old ones go after a while.
      const p = document.createElement('p');
      p.textContent = l.text;
      region.appendChild(p);
      while (region.childNodes.length > 3) region.removeChild(region.firstChild);
    }
    A.live = now;
  }

  // ---- focus -----------------------------------------------------------------------------------
  function appHasFocus() {
    const a = document.activeElement;
    const P = window.AirPlatform;
    return !a || a === document.body || (P && a === P.ta) || A.root.contains(a);
  }

  function followFocus(byId) {
    const P = window.AirPlatform;
    if (!P || !P.ta || !appHasFocus()) return;
    let target = null;
    if (A.textId !== '0') {
      const r = byId.get(A.textId);
      target = P.ta;
      setAttr(P.ta, 'aria-label', r ? r.name : (document.title || 'AI'));
    } else if (A.navId !== '0' && A.nodes.has(A.navId)) {
      target = A.nodes.get(A.navId);
    } else if (P.touchMode) {
      // On touch the hidden text input holds the focus only while a field is edited: focused,
      // it would keep the on-screen keyboard open (issue #15).
      if (document.activeElement === P.ta) P.ta.blur();
      return;
    } else {
      target = P.ta;
      setAttr(P.ta, 'aria-label', document.title || 'AI');
    }
    if (document.activeElement !== target) {
      A.settingFocus = true;
      try { target.focus({ preventScroll: true }); } finally { A.settingFocus = false; }
    }
  }

  function idOf(target) {
    let e = target;
    while (e && e !== A.root) {
      if (e._id && e.hasAttribute('tabindex')) return e._id;
      e = e.parentNode;
    }
    return null;
  }

  // F6 / Shift+F6: the first control of the next / previous region (ImGui window).
  function cycleRegion(back) {
    const wins = [];
    const first = new Map();
    // With a modal dialog open only its controls (the focus stays inside: a focus trap).
    const inModal = (r) => {
      for (let p = r; p; p = A.keys.get(p.parent)) if (p.parent === A.modalId || p.id === A.modalId) return true;
      return false;
    };
    for (const r of A.items) {
      if (!FOCUSABLE.has(r.role) || (r.state & (DISABLED | NONAV)) || r.role === 'columnheader' || r.role === 'group') continue;
      if (A.modalId !== '0' && !inModal(r)) continue;
      if (r.role === 'row' && !(r.state & (SELECTABLE | EXPANDED | COLLAPSED))) continue;
      if (!first.has(r.win)) { first.set(r.win, r); wins.push(r.win); }
    }
    if (!wins.length) return;
    const cur = A.keys.get(A.navId);
    let i = cur ? wins.indexOf(cur.win) : -1;
    i = i < 0 ? (back ? wins.length - 1 : 0) : (i + (back ? wins.length - 1 : 1)) % wins.length;
    const r = first.get(wins[i]);
    // A text field is opened for typing, as Tab does.
    if (r.role === 'textbox') Module._air_a11y_activate(+r.id);
    else Module._air_a11y_focus(+r.id);
  }

  // Wires the events (called once the runtime is up, after AirPlatform.attach).
  A.attach = function () {
    const P = window.AirPlatform;
    A.root = document.getElementById('a11y');
    if (!A.root) return;
    A.root.addEventListener('keydown', (e) => {
      if (e.key === 'F6') { e.preventDefault(); cycleRegion(e.shiftKey); return; }
      const printable = e.key && e.key.length === 1 && !(e.ctrlKey || e.metaKey);
      P.keydown(e);
      // A character typed on a control goes on to the text input (it may open a field).
      if (printable && e.key !== ' ') P.ta.focus({ preventScroll: true });
      else if (e.key === ' ') e.preventDefault();
    });
    A.root.addEventListener('keyup', (e) => P.keyup(e));
    A.root.addEventListener('click', (e) => {
      const id = idOf(e.target);
      if (id) { e.preventDefault(); Module._air_a11y_activate(+id); }
    });
    A.root.addEventListener('focusin', (e) => {
      P.focusChanged();
      if (A.settingFocus) return;
      const id = idOf(e.target);
      if (id && id !== A.navId) Module._air_a11y_focus(+id);
    });
    A.root.addEventListener('focusout', () => P.focusChanged());
    // On the text input (nothing focused yet, or a field being edited): F6 too, and the first
    // Tab goes to the first region when ImGui has no keyboard focus yet.
    P.ta.addEventListener('keydown', (e) => {
      if (e.key === 'F6' || (e.key === 'Tab' && A.navId === '0' && A.textId === '0')) {
        e.preventDefault();
        e.stopImmediatePropagation();
        cycleRegion(e.shiftKey);
      }
    });
  };

  window.AirA11y = A;
})();
