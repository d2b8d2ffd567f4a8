#!/usr/bin/env bash
# Start-up benchmark of the INSTALLED image: unpacks the .deb into a clean folder (the same files dpkg
# puts in /opt/sotruong), reports the sizes, then runs cold-start.sh on the installed launcher twice:
# as shipped (with its AOT cache) and with the cache switched off (-XX:AOTMode=off, i.e. the image as
# it was before the cache). Needs a display (run under xvfb-run). Usage: installed-cold-start.sh DEB WORK [RUNS]
set -euo pipefail
deb="$1"; work="$2"; runs="${3:-7}"
here="$(cd "$(dirname "$0")" && pwd)"
rm -rf "$work"; mkdir -p "$work"
dpkg-deb -x "$deb" "$work/root"
app="$work/root/opt/sotruong"
echo "package: $(basename "$deb") $(stat -c %s "$deb") bytes ($(du -h "$deb" | cut -f1))"
echo "installed image: $(du -sh "$app" | cut -f1) ($(du -sb "$app" | cut -f1) bytes); runtime $(du -sh "$app/lib/runtime" | cut -f1), jars $(du -ch "$app"/lib/app/*.jar | tail -1 | cut -f1), AOT cache $(du -h "$app/lib/app/sotruong.aot" | cut -f1)"
echo "--- with the AOT cache (as shipped)"
bash "$here/cold-start.sh" "$app/bin/sotruong" "$work/with-cache" "$runs"
echo "--- without the AOT cache (JAVA_TOOL_OPTIONS=-XX:AOTMode=off)"
JAVA_TOOL_OPTIONS="-XX:AOTMode=off" bash "$here/cold-start.sh" "$app/bin/sotruong" "$work/without-cache" "$runs"
# the command line pays the JVM start too: `sotruong --version`, wall time, median of 5 runs each way
version_ms() {
  local t=() s
  for _ in 1 2 3 4 5; do
    s=$(date +%s%N); "$app/bin/sotruong" --version >/dev/null 2>&1; t+=($(( ($(date +%s%N) - s) / 1000000 )))
  done
  printf '%s\n' "${t[@]}" | sort -n | sed -n 3p
}
echo "--- sotruong --version: $(version_ms) ms with the cache, $(JAVA_TOOL_OPTIONS=-XX:AOTMode=off version_ms) ms without (median of 5)"
