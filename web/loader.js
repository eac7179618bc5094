// Boots the page: checks what the browser must have (WebGL2, IndexedDB, ReadableStream),
// shows progress, takes the writer lock and opens the page store (web/store.js), decodes the
// LZMA-compressed wasm that travels inside a script (window.AIR_WASM, base64; web/lzma.js) and
// compiles it as a stream for Emscripten, so that the page never opens a connection (CSP connect-src 'none') — also when
// opened from disk as a single file.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const nl = (navigator.language || 'nl').toLowerCase().startsWith('nl');
  const T = {
    loading: nl ? 'Het register wordt geladen…' : 'Loading the register…',
    program: nl ? 'Programma uitpakken' : 'Unpacking the program',
    compile: nl ? 'Programma starten' : 'Starting the program',
    storage: nl ? 'Uw gegevens openen' : 'Opening your data',
    webgl: nl ? 'Deze browser kan het register niet tonen: WebGL 2 ontbreekt of staat uit. Gebruik een recente versie van Chrome, Edge, Firefox of Safari en zet hardwareversnelling aan.'
              : 'This browser cannot show the register: WebGL 2 is missing or turned off. Use a recent Chrome, Edge, Firefox or Safari with hardware acceleration on.',
    idb: nl ? 'Deze browser laat de pagina geen gegevens bewaren (IndexedDB ontbreekt of is geblokkeerd, bijvoorbeeld in een privévenster). Open het register in een gewoon venster.'
            : 'This browser does not let the page store data (IndexedDB is missing or blocked, for example in a private window). Open the register in a normal window.',
    old: nl ? 'Deze browser is te oud voor het register. Gebruik een recente versie van Chrome, Edge, Firefox of Safari.'
            : 'This browser is too old for the register. Use a recent Chrome, Edge, Firefox or Safari.',
    crash: nl ? 'Het register is onverwacht gestopt. Uw opgeslagen gegevens zijn veilig; herlaad de pagina.'
              : 'The register stopped unexpectedly. Your saved data is safe; reload the page.',
  };

  const L = {
    step(text, fraction) {
      const s = $('loading-step'); if (s) s.textContent = text;
      const b = $('loading-bar'); if (b) b.style.width = Math.round(fraction * 100) + '%';
    },
    fail(kind, detail) {
      const box = $('loading');
      if (box) box.hidden = true;
      const m = $('message');
      m.hidden = false;
      $('message-text').textContent = (T[kind] || kind) + (detail ? ' (' + detail + ')' : '');
      const c = $('canvas'); if (c) c.hidden = true;
    },
    done() {
      L.step('', 1);
      const box = $('loading'); if (box) box.hidden = true;
    },
  };
  window.AirLoader = L;

  // ---- what the browser must have ----------------------------------------------------
  // Asked of the page's own canvas with the attributes main() asks for (web_main.cpp): main()
  // then gets this same context. A second, throwaway context cost ~0.4 s of startup under
  // software WebGL (docs/PERFORMANCE.md).
  function hasWebGL2() {
    const attrs = { alpha: false, antialias: false, depth: false, stencil: false, premultipliedAlpha: false };
    try { return !!$('canvas').getContext('webgl2', attrs); } catch (_) { return false; }
  }
  $('loading-title').textContent = T.loading;
  document.documentElement.lang = nl ? 'nl' : 'en';
  if (typeof WebAssembly !== 'object' || typeof ReadableStream !== 'function' || typeof AirLzma !== 'function') { L.fail('old'); return; }
  if (!hasWebGL2()) { L.fail('webgl'); return; }
  if (!window.indexedDB) { L.fail('idb'); return; }
  // The writer lock and the IndexedDB reads start now, while the wasm is unpacked and
  // compiled; preRun waits for them (docs/PERFORMANCE.md).
  AirPlatform.startStorage().catch(() => {});  // openStorage (preRun) reports a failure
  L.step(T.program, 0.15);

  // The wasm as a Response over a stream of decoded slices, so that the browser compiles the
  // first functions while later ones are still being decoded (WebAssembly.instantiateStreaming);
  // no connection is opened.
  const SLICE = 256 * 1024;
  function wasmResponse() {
    const b64 = window.AIR_WASM;
    window.AIR_WASM = null;  // the 1 MB string is not needed after this
    let packed;
    if (typeof Uint8Array.fromBase64 === 'function') {
      packed = Uint8Array.fromBase64(b64);
    } else {
      const bin = atob(b64);
      packed = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) packed[i] = bin.charCodeAt(i);
    }
    const dec = AirLzma(packed);
    const stream = new ReadableStream({
      pull(ctl) {
        const from = dec.pos;
        const to = dec.step(from + SLICE);
        ctl.enqueue(dec.out.slice(from, to));
        if (to >= dec.size) ctl.close();
      },
    });
    return new Response(stream, { headers: { 'Content-Type': 'application/wasm' } });
  }

  function instantiate(imports) {
    const response = wasmResponse();
    L.step(T.compile, 0.5);
    if (typeof WebAssembly.instantiateStreaming === 'function') return WebAssembly.instantiateStreaming(response, imports);
    return response.arrayBuffer().then((bytes) => WebAssembly.instantiate(bytes, imports));
  }

  window.Module = {
    canvas: document.getElementById('canvas'),
    preRun: [function () {
      L.step(T.storage, 0.8);
      addRunDependency('air-storage');
      AirPlatform.openStorage().then(() => removeRunDependency('air-storage'),
        (e) => L.fail('crash', String(e && e.message || e)));
    }],
    onRuntimeInitialized() { AirPlatform.attach(); },
    instantiateWasm(imports, receive) {
      instantiate(imports).then((r) => receive(r.instance, r.module))
        .catch((e) => L.fail('crash', String(e && e.message || e)));
      return {};
    },
    print: (t) => console.log(t),
    printErr: (t) => console.warn(t),
    onAbort: (what) => L.fail('crash', String(what)),
  };
})();
