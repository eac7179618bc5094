#!/usr/bin/env bash
# Sets up everything the build and the tests need, from Debian's packages and the npm
# registry only. Idempotent: a second run checks and reuses what is there.
#   - Debian packages: emscripten (unless an emsdk is active: $EMSDK), cmake, g++, clang's
#     fuzzer runtime, nlohmann-json, stb, fonts, chromium.
#   - Debian *source* packages (trixie) through a private apt configuration: Dear ImGui, Catch2.
#   - npm tarball of better-sqlite3 for the SQLite amalgamation (no install scripts run).
#   - playwright-core for the browser tests, from the committed lockfile in tests/e2e.
# Every archive is pinned by version and SHA-256; sources are unpacked into third_party/.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tp="$here/third_party"
mkdir -p "$tp/dl" "$tp/apt/lists/partial" "$tp/apt/cache/archives/partial"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
die() { printf '\033[31m[setup] error:\033[0m %s\n' "$*" >&2; exit 1; }

# ---- pins ------------------------------------------------------------------------
IMGUI_VERSION=1.90.1+ds-1
IMGUI_ORIG=imgui_1.90.1+ds.orig.tar.xz
IMGUI_SHA256=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c
CATCH2_VERSION=3.7.1-0.5
CATCH2_ORIG=catch2_3.7.1.orig.tar.gz
CATCH2_SHA256=c991b247a1a0d7bb9c39aa35faf0fe9e19764213f28ffba3109388e62ee0269c
SQLITE_NPM=better-sqlite3@12.11.1
SQLITE_TGZ=better-sqlite3-12.11.1.tgz
SQLITE_SHA256=ebf0ed75a7a59dbcb3b24bbd014ef49d9f15bc328e4adcbf516f2a8fadfa2835
APT_PACKAGES=(cmake g++ make clang-14 libclang-rt-14-dev nlohmann-json3-dev libstb-dev
              fonts-inter fonts-dejavu-core fonts-font-awesome fonttools chromium nodejs xz-utils gzip)

sha_ok() { # file expected
    [ -f "$1" ] && [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$2" ]
}
check_sha() { # file expected
    local got
    got=$(sha256sum "$1" | cut -d' ' -f1)
    [ "$got" = "$2" ] || die "checksum mismatch for $(basename "$1"): expected $2, got $got. Delete third_party/dl and run again; if it persists the pinned version changed upstream."
}

# ---- 1. Debian packages ----------------------------------------------------------
need=()
[ -n "${EMSDK:-}" ] || APT_PACKAGES+=(emscripten)
for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
    say "installing Debian packages: ${need[*]}"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq || die "apt-get update failed: no access to Debian's package archive?"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" \
        || die "could not install: ${need[*]}"
fi
command -v npm >/dev/null || die "npm is missing: install Debian's npm package or Node.js 18+"

# ---- 2. Debian source packages through a private apt configuration -----------------
apt_src() { # package=version orig-file sha256
    local spec=$1 orig=$2 sum=$3
    if sha_ok "$tp/dl/$orig" "$sum"; then return 0; fi
    if [ ! -f "$tp/apt/sources.list" ] || [ ! -d "$tp/apt/lists" ] || [ -z "$(ls "$tp/apt/lists" 2>/dev/null | grep -v partial)" ]; then
        local mirror=""
        if [ -f /etc/apt/sources.list.d/debian.sources ]; then
            mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources)
        fi
        if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
            mirror=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list)
        fi
        [ -n "$mirror" ] || die "cannot find the machine's Debian mirror in /etc/apt"
        echo "deb-src $mirror trixie main" > "$tp/apt/sources.list"
        say "reading the source index (private apt configuration in third_party/apt)"
        apt-get "${APTO[@]}" update -qq || die "apt-get update for source packages failed"
    fi
    say "downloading source package $spec"
    (cd "$tp/dl" && apt-get "${APTO[@]}" source --download-only -qq "$spec") \
        || die "could not download Debian source package $spec"
    [ -f "$tp/dl/$orig" ] || die "source package $spec did not contain $orig"
    check_sha "$tp/dl/$orig" "$sum"
}
APTO=(-o "Dir::Etc::SourceList=$tp/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
      -o "Dir::State::Lists=$tp/apt/lists" -o "Dir::Cache=$tp/apt/cache"
      -o APT::Sandbox::User=root)
apt_src "imgui=$IMGUI_VERSION" "$IMGUI_ORIG" "$IMGUI_SHA256"
apt_src "catch2=$CATCH2_VERSION" "$CATCH2_ORIG" "$CATCH2_SHA256"

unpack() { # archive dest-dir stamp-text
    if [ "$(cat "$2/.stamp" 2>/dev/null)" = "$3" ]; then return 0; fi
    rm -rf "$2"; mkdir -p "$2"
    tar -xf "$1" -C "$2" --strip-components=1 || die "could not unpack $1"
    echo "$3" > "$2/.stamp"
}
unpack "$tp/dl/$IMGUI_ORIG" "$tp/imgui" "$IMGUI_SHA256"
unpack "$tp/dl/$CATCH2_ORIG" "$tp/catch2" "$CATCH2_SHA256"

# ---- 3. SQLite amalgamation from the npm tarball -----------------------------------
if ! sha_ok "$tp/dl/$SQLITE_TGZ" "$SQLITE_SHA256"; then
    say "downloading $SQLITE_NPM (npm pack; no install scripts run)"
    (cd "$tp/dl" && npm pack --silent "$SQLITE_NPM" >/dev/null) || die "npm pack $SQLITE_NPM failed"
    check_sha "$tp/dl/$SQLITE_TGZ" "$SQLITE_SHA256"
fi
if [ "$(cat "$tp/sqlite/.stamp" 2>/dev/null)" != "$SQLITE_SHA256" ]; then
    rm -rf "$tp/sqlite"; mkdir -p "$tp/sqlite"
    tar -xzf "$tp/dl/$SQLITE_TGZ" -C "$tp/sqlite" --strip-components=3 \
        package/deps/sqlite3/sqlite3.c package/deps/sqlite3/sqlite3.h \
        || die "the npm tarball has no deps/sqlite3/sqlite3.c"
    echo "$SQLITE_SHA256" > "$tp/sqlite/.stamp"
fi

# ---- 4. fonts and headers (copied, so that the build never reads /usr/include whole) --
mkdir -p "$tp/fonts" "$tp/include/nlohmann" "$tp/include/stb"
cp -u /usr/share/fonts/opentype/inter/Inter-Regular.otf /usr/share/fonts/opentype/inter/Inter-SemiBold.otf \
      /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf /usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf \
      "$tp/fonts/" || die "fonts missing (fonts-inter, fonts-dejavu-core, fonts-font-awesome)"
# Subsets keep only the glyphs the UI uses (Latin-1 and Extended-A, typographic punctuation, €,
# arrows; the icons named in src/ui/icons.hpp): about 700 KB of fonts become about 100 KB.
TEXT_RANGES="U+0020-017F,U+2010-2027,U+2030-203A,U+20AC,U+2190-2193,U+2212"
ICON_RANGES=$(grep -oE 'U\+F[0-9A-F]{3}' "$here/src/ui/icons.hpp" | sort -u | paste -sd, -)
subset_stamp="$TEXT_RANGES|$ICON_RANGES|$(pyftsubset --help >/dev/null 2>&1 && echo ok)"
if [ "$(cat "$tp/fonts/.subset" 2>/dev/null)" != "$subset_stamp" ]; then
    for f in Inter-Regular.otf Inter-SemiBold.otf; do
        pyftsubset "$tp/fonts/$f" --unicodes="$TEXT_RANGES" --layout-features='kern' \
            --output-file="$tp/fonts/${f%.otf}.subset.otf" || die "could not subset $f (fonttools)"
    done
    pyftsubset "$tp/fonts/fontawesome-webfont.ttf" --unicodes="$ICON_RANGES" \
        --output-file="$tp/fonts/fontawesome.subset.ttf" || die "could not subset the icon font"
    echo "$subset_stamp" > "$tp/fonts/.subset"
fi
cp -ru /usr/include/nlohmann/. "$tp/include/nlohmann/"
cp -u /usr/include/stb/stb_image_write.h "$tp/include/stb/"

# ---- 5. playwright-core for the browser tests ----------------------------------------
if [ ! -d "$here/tests/e2e/node_modules/playwright-core" ] || \
   [ "$here/tests/e2e/package-lock.json" -nt "$here/tests/e2e/node_modules/.stamp" ]; then
    say "installing playwright-core (npm ci, from tests/e2e/package-lock.json)"
    (cd "$here/tests/e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --silent --ignore-scripts --no-audit --no-fund) \
        || die "npm ci in tests/e2e failed"
    touch "$here/tests/e2e/node_modules/.stamp"
fi

say "ready: emcc $(emcc --version 2>/dev/null | head -1 | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -1), $(chromium --version 2>/dev/null || echo 'no chromium')"
