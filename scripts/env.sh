# Sourced by run.sh and test.sh: the Emscripten environment.
# An active emsdk ($EMSDK) wins; otherwise Debian's emscripten package, whose JS optimizer
# needs NODE_PATH to find acorn (TOOLCHAIN.md quirk 1).
if [ -n "${EMSDK:-}" ] && [ -f "$EMSDK/emsdk_env.sh" ]; then
    # shellcheck disable=SC1091
    source "$EMSDK/emsdk_env.sh" >/dev/null 2>&1
else
    export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
fi
