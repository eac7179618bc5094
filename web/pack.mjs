// Assembles the page from Emscripten's app.js + app.wasm and our web/ files:
//   site/    index.html, style.css, store.js, linked.js, platform.js, a11y.js, lzma.js, loader.js, app.wasm.js, app.js, icon.svg
//   single/  ai-register.html: everything inlined (works opened from disk)
// The wasm travels LZMA-compressed (xz, ~20 % smaller than gzip; web/lzma.js decodes it with
// the small decoder module built from web/lzma_decoder.c, embedded into lzma.js here) and
// base64-encoded inside a script (window.AIR_WASM), so neither build ever opens a connection:
// CSP connect-src 'none'. The single file's CSP allows its inline scripts and style by SHA-256
// hash only.
// Usage: node pack.mjs --js app.js --wasm app.wasm --lzma-wasm lzma_decoder.wasm --web web/ --assets assets/
//                      --site out/site --single out/single --version 0.1.0
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const k of ['js', 'wasm', 'lzma-wasm', 'web', 'assets', 'site', 'single', 'version']) {
  if (!args[k]) { console.error(`pack.mjs: missing --${k}`); process.exit(1); }
}

const read = (p) => readFileSync(p, 'utf8');
const appJs = read(args.js);
const wasm = readFileSync(args.wasm);
// Our scripts ship without their whole-line comments (their sources in web/ keep them): the
// byte budget. None of them has a line starting with // inside a string.
const ownJs = (name) => read(join(args.web, name)).split('\n').filter((l) => !/^\s*\/\//.test(l)).join('\n');
// lzma.js carries the decoder module (web/lzma_decoder.c) as base64 in place of its placeholder.
const lzmaSrc = ownJs('lzma.js');
if (!lzmaSrc.includes("'%LZMA_WASM%'")) { console.error("pack.mjs: web/lzma.js has no '%LZMA_WASM%' placeholder"); process.exit(1); }
const lzmaWasm = readFileSync(args['lzma-wasm']);
const lzmaJs = lzmaSrc.replace("'%LZMA_WASM%'", `'${lzmaWasm.toString('base64')}'`);
// LZMA in the ".lzma" container (xz-utils, one thread: the same bytes every build). pb=0, lc=4
// and the longest match search suit wasm code (each ~1 KB smaller; docs/PERFORMANCE.md). xz writes "size unknown" and
// an end marker; the real size goes into the header, so the page's decoder allocates the output
// once and stops there.
const wasmLz = Buffer.from(execFileSync('xz', ['--format=lzma', '--lzma1=preset=9e,pb=0,lc=4,nice=273', '--threads=1', '-c'],
  { input: wasm, maxBuffer: 1 << 28 }));
wasmLz.writeUInt32LE(wasm.length % 2 ** 32, 5);
wasmLz.writeUInt32LE(Math.floor(wasm.length / 2 ** 32), 9);
// The page's own decoder (the shipped lzma.js with its module) must give back the wasm, byte
// for byte, or the build fails.
{
  const ctx = { atob };
  vm.createContext(ctx);
  vm.runInContext(`${lzmaJs}\nthis.AirLzma = AirLzma;`, ctx);
  const t0 = performance.now();
  const dec = ctx.AirLzma(new Uint8Array(wasmLz));
  dec.step(dec.size);
  const ms = performance.now() - t0;
  if (dec.size !== wasm.length || Buffer.compare(Buffer.from(dec.out.buffer, dec.out.byteOffset, dec.out.length), wasm) !== 0) {
    console.error('pack.mjs: web/lzma.js (web/lzma_decoder.c) does not decode the compressed wasm back to app.wasm');
    process.exit(1);
  }
  console.log(`pack: wasm LZMA ${(wasmLz.length / 1024).toFixed(0)} KiB, decoded by web/lzma.js (decoder module ${lzmaWasm.length} bytes) in Node in ${ms.toFixed(0)} ms`);
}
const wasmGz = gzipSync(wasm, { level: 9 });
const wasmJs = `window.AIR_WASM="${wasmLz.toString('base64')}";\n`;
const storeJs = ownJs('store.js');
const linkedJs = ownJs('linked.js');
const platformJs = ownJs('platform.js');
const a11yJs = ownJs('a11y.js');
const loaderJs = ownJs('loader.js');
const styleCss = read(join(args.web, 'style.css'));
const iconSvg = read(join(args.assets, 'icon.svg'));
const template = read(join(args.web, 'index.html'));

const common = [
  "default-src 'none'", "connect-src 'none'", "font-src 'none'", "object-src 'none'",
  "media-src 'none'", "frame-src 'none'", "child-src 'none'", "worker-src 'none'",
  "manifest-src 'none'", "base-uri 'none'", "form-action 'none'",
];
const logo = iconSvg.replace(/<\?xml[^>]*>/, '').trim();
const fill = (t, map) => t.replace(/%([A-Z]+)%/g, (m, k) => (k in map ? map[k] : m));

// ---- site ------------------------------------------------------------------------------
mkdirSync(args.site, { recursive: true });
const v = encodeURIComponent(args.version);
const siteCsp = [...common, "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "img-src 'self' data: blob:"].join('; ');
const siteHtml = fill(template, {
  CSP: siteCsp,
  ICON: '<link rel="icon" type="image/svg+xml" href="icon.svg">',
  STYLE: `<link rel="stylesheet" href="style.css?v=${v}">`,
  LOGO: logo,
  SCRIPTS: ['store.js', 'linked.js', 'platform.js', 'a11y.js', 'lzma.js', 'loader.js', 'app.wasm.js', 'app.js']
    .map((s) => `<script src="${s}?v=${v}"></script>`).join('\n'),
});
writeFileSync(join(args.site, 'index.html'), siteHtml);
writeFileSync(join(args.site, 'style.css'), styleCss);
writeFileSync(join(args.site, 'store.js'), storeJs);
writeFileSync(join(args.site, 'linked.js'), linkedJs);
writeFileSync(join(args.site, 'platform.js'), platformJs);
writeFileSync(join(args.site, 'a11y.js'), a11yJs);
writeFileSync(join(args.site, 'lzma.js'), lzmaJs);
writeFileSync(join(args.site, 'loader.js'), loaderJs);
writeFileSync(join(args.site, 'app.wasm.js'), wasmJs);
writeFileSync(join(args.site, 'app.js'), appJs);
copyFileSync(join(args.assets, 'icon.svg'), join(args.site, 'icon.svg'));

// ---- single file -------------------------------------------------------------------------
const hash = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const scripts = [storeJs, linkedJs, platformJs, a11yJs, lzmaJs, loaderJs, wasmJs, appJs].map((s) => s.replace(/<\/script/gi, '<\\/script'));
const singleCsp = [...common, `script-src ${scripts.map(hash).join(' ')} 'wasm-unsafe-eval'`,
  `style-src ${hash(styleCss)}`, "img-src data: blob:"].join('; ');
const singleHtml = fill(template, {
  CSP: singleCsp,
  ICON: `<link rel="icon" type="image/svg+xml" href="data:image/svg+xml;base64,${Buffer.from(iconSvg).toString('base64')}">`,
  STYLE: `<style>${styleCss}</style>`,
  LOGO: logo,
  SCRIPTS: scripts.map((s) => `<script>${s}</script>`).join('\n'),
});
mkdirSync(args.single, { recursive: true });
writeFileSync(join(args.single, 'ai-register.html'), singleHtml);

// ---- sizes -------------------------------------------------------------------------------
const kb = (n) => (n / 1024).toFixed(0) + ' KiB';
const gz = (b) => gzipSync(b, { level: 9 }).length;
let raw = 0, zipped = 0;
for (const f of [siteHtml, styleCss, storeJs, linkedJs, platformJs, a11yJs, lzmaJs, loaderJs, wasmJs, appJs]) { raw += Buffer.byteLength(f); zipped += gz(Buffer.from(f)); }
console.log(`pack: wasm ${kb(wasm.length)} (gzip ${kb(wasmGz.length)}); app.js ${kb(appJs.length)} (gzip ${kb(gz(Buffer.from(appJs)))})`);
console.log(`pack: site ${kb(raw)} raw, ${kb(zipped)} gzip; single file ${kb(Buffer.byteLength(singleHtml))} raw, ${kb(gz(Buffer.from(singleHtml)))} gzip`);
