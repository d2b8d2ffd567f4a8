#!/usr/bin/env bash
# Adds a JDK 25 AOT cache (JEP 483/514/515) to the built app-image: one training run of the image's own
# launcher opens the login window of a demo store (SOTRUONG_EXIT_AFTER_STARTUP=1 quits after its first
# frame) with -XX:AOTCacheOutput, which writes lib/app/sotruong.aot; then the launcher's configuration
# gets -XX:AOTCache=$APPDIR/sotruong.aot. Classes the start-up needs then come loaded and linked from
# the cache: the login window opens about twice as fast (docs/benchmarks.md).
#
# Fail-safe: the JVM starts without the cache when it is missing, damaged or made for another runtime
# (it says so on stderr). Here, if no display can be had (no xvfb-run, no DISPLAY) or training fails,
# the image is left without the cache and the build goes on with a warning; the .deb test then fails,
# since CI must ship the cache. The cache belongs to this exact runtime and class path: it is made
# after jpackage and nothing may change lib/app or lib/runtime afterwards (moving the whole image,
# as installing does, is fine).
# Usage: aot-train.sh IMAGE_DIR WORK_DIR
set -euo pipefail
image="$1"; work="$2"
launcher="$image/bin/sotruong"
cfg="$image/lib/app/sotruong.cfg"
cache="$image/lib/app/sotruong.aot"
rm -rf "$work"; mkdir -p "$work"
rm -f "$cache"

skip() { echo "WARNING: no AOT cache in the image ($1); it starts about 1 s slower." >&2; rm -f "$cache"; exit 0; }

# a private X server when possible, so a developer's screen does not flash a window during the build
if command -v xvfb-run >/dev/null 2>&1; then
  display=(xvfb-run -a -s "-screen 0 1366x768x24")
elif [ -n "${DISPLAY:-}" ]; then
  display=()
else
  skip "no display: install xvfb or build under a desktop session"
fi

"$launcher" --data "$work/store" demo create >"$work/demo.log" 2>&1 || skip "demo store failed: $(tail -3 "$work/demo.log")"

start=$(date +%s%N)
if ! SOTRUONG_STARTUP_REPORT="$work/startup.ms" SOTRUONG_EXIT_AFTER_STARTUP=1 \
     JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$cache" \
     timeout 300 "${display[@]}" "$launcher" --data "$work/store" >"$work/training.log" 2>&1; then
  tail -20 "$work/training.log" >&2
  skip "training run failed"
fi
[ -s "$work/startup.ms" ] || skip "the training run did not reach the login window"
[ -s "$cache" ] || skip "the JVM wrote no cache: $(grep -i aot "$work/training.log" | tail -3)"

# the launcher's configuration: one more java-options line after the last one of [JavaOptions]
grep -q '^\[JavaOptions\]' "$cfg" || skip "no [JavaOptions] section in $cfg"
awk -v opt='java-options=-XX:AOTCache=$APPDIR/sotruong.aot' '
  { lines[NR] = $0; if ($0 ~ /^java-options=/) last = NR }
  END { for (i = 1; i <= NR; i++) { print lines[i]; if (i == last) print opt } }' "$cfg" >"$cfg.new"
mv "$cfg.new" "$cfg"

# the cache must be accepted: the app's own classes come from it
JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/class-load.log" "$launcher" --version >/dev/null 2>&1
if ! grep -q 'vn.sotruong.desktop.Launcher source: shared objects file' "$work/class-load.log"; then
  sed -i '/-XX:AOTCache=/d' "$cfg"
  skip "the JVM does not accept the cache it made"
fi
echo "AOT cache: $(du -h "$cache" | cut -f1) ($(stat -c %s "$cache") bytes), $(grep -c 'source: shared objects file' "$work/class-load.log") classes for --version from it; training run $(( ($(date +%s%N) - start) / 1000000 )) ms"
