#!/usr/bin/env bash
# Start-up benchmark of the INSTALLED image: unpacks the .deb into a clean folder (the same files dpkg
# puts in /opt/sotruong), reports the sizes, creates the demo school with the installed launcher, then
# measures milliseconds from process start to the first laid-out frame of the login window
# (SOTRUONG_STARTUP_REPORT) as shipped, with the AOT cache, and with the cache switched off
# (JAVA_TOOL_OPTIONS=-XX:AOTMode=off, i.e. the image as it was before the cache). One run of each after a
# page-cache drop (when allowed), then RUNS runs of each, interleaved so that other load on the machine
# falls on both alike. Needs a display (run under xvfb-run). Usage: installed-cold-start.sh DEB WORK [RUNS]
set -euo pipefail
deb="$1"; work="$2"; runs="${3:-7}"
rm -rf "$work"; mkdir -p "$work"
dpkg-deb -x "$deb" "$work/root"
app="$work/root/opt/sotruong"
launcher="$app/bin/sotruong"
echo "package: $(basename "$deb") $(stat -c %s "$deb") bytes"
echo "installed image: $(du -sb "$app" | cut -f1) bytes; runtime $(du -sb "$app/lib/runtime" | cut -f1), jars $(cat "$app"/lib/app/*.jar | wc -c), AOT cache $(stat -c %s "$app/lib/app/sotruong.aot")"
"$launcher" --data "$work/store" demo create >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

one_run() { # [VAR=value] -> milliseconds to the login window
  rm -f "$work/startup.ms"
  env "$@" SOTRUONG_STARTUP_REPORT="$work/startup.ms" "$launcher" --data "$work/store" >"$work/app.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 600); do [ -s "$work/startup.ms" ] && break; sleep 0.05; done
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  [ -s "$work/startup.ms" ] || { echo "no login window within 30 s" >&2; cat "$work/app.log" >&2; exit 1; }
  cat "$work/startup.ms"
}
off="JAVA_TOOL_OPTIONS=-XX:AOTMode=off"
drop() { sync; { echo 3 > /proc/sys/vm/drop_caches; } 2>/dev/null && echo "caches dropped" || echo "caches kept (not allowed)"; }
dropped=$(drop); first_with=$(one_run); drop >/dev/null; first_without=$(one_run "$off")
echo "first run after a page-cache drop ($dropped): with the cache $first_with ms, without $first_without ms"
with=(); without=()
for i in $(seq 1 "$runs"); do
  if [ $((i % 2)) = 1 ]; then with+=("$(one_run)"); without+=("$(one_run "$off")")
  else without+=("$(one_run "$off")"); with+=("$(one_run)"); fi
done
stats() { local s=($(printf '%s\n' "$@" | sort -n)); echo "median ${s[$(( ${#s[@]} / 2 ))]} ms (min ${s[0]}, max ${s[-1]}; runs: $*)"; }
echo "with the AOT cache:    $(stats "${with[@]}")"
echo "without the AOT cache: $(stats "${without[@]}")"
# the command line pays the JVM start too: `sotruong --version`, wall time
version_ms() {
  local t=() s
  for _ in 1 2 3 4 5; do
    s=$(date +%s%N); env "$@" "$launcher" --version >/dev/null 2>&1; t+=($(( ($(date +%s%N) - s) / 1000000 )))
  done
  printf '%s\n' "${t[@]}" | sort -n | sed -n 3p
}
echo "sotruong --version: $(version_ms) ms with the cache, $(version_ms "$off") ms without (median of 5)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
