#!/usr/bin/env bash
# Start-up benchmark of the built app-image: milliseconds from process start to the first laid-out
# frame of the login window, on a store holding the demo school. Needs a display (run under xvfb-run).
# Usage: cold-start.sh LAUNCHER WORKDIR [RUNS]
set -euo pipefail
launcher="$1"; work="$2"; runs="${3:-5}"
rm -rf "$work"; mkdir -p "$work"
"$launcher" --data "$work/store" demo create >/dev/null
image_dir="$(cd "$(dirname "$launcher")/.." && pwd)"
echo "app-image: $(du -sh "$image_dir" | cut -f1) on disk ($image_dir)"
try_drop_caches() { sync; { echo 3 > /proc/sys/vm/drop_caches; } 2>/dev/null && echo dropped || echo kept; }
results=()
for i in $(seq 1 "$runs"); do
  caches=kept
  [ "$i" = 1 ] && caches=$(try_drop_caches)
  rm -f "$work/startup.ms"
  SOTRUONG_STARTUP_REPORT="$work/startup.ms" "$launcher" --data "$work/store" >"$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do [ -s "$work/startup.ms" ] && break; sleep 0.1; done
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  [ -s "$work/startup.ms" ] || { echo "run $i: no login window within 60 s"; cat "$work/app.log"; exit 1; }
  ms=$(cat "$work/startup.ms"); results+=("$ms")
  echo "run $i: ${ms} ms to the login window (page cache ${caches})"
done
sorted=($(printf '%s\n' "${results[@]}" | sort -n))
echo "median of $runs: ${sorted[$(( runs / 2 ))]} ms; min ${sorted[0]} ms; max ${sorted[$(( runs - 1 ))]} ms"
