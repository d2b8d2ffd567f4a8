#!/usr/bin/env bash
# jpackage --type deb copies the app-image into its package with new modification times, and the JDK's AOT
# cache refuses a class path whose jars' times changed since the training run ("timestamp has changed": the
# installed app then starts without the cache, about twice as slow). This gives every file of the package's
# lib/app the time it has in the trained app-image, then packs the .deb again, leaving all else as jpackage
# made it (control files, maintainer scripts, ownership).
# Usage: deb-keep-mtimes.sh DEB APP_IMAGE_DIR
set -euo pipefail
deb="$1"; image="$2"
[ -f "$deb" ] || { echo "no package $deb" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -R "$deb" "$work/pkg"
app="$work/pkg/opt/sotruong/lib/app"
[ -d "$app" ] || { echo "no opt/sotruong/lib/app in $deb" >&2; exit 1; }
n=0
for f in "$image"/lib/app/*; do
  target="$app/$(basename "$f")"
  if [ -f "$target" ]; then
    touch -r "$f" "$target"
    n=$((n + 1))
  fi
done
pack=(dpkg-deb --build -Zxz)
[ "$(id -u)" = 0 ] || pack=(fakeroot dpkg-deb --build -Zxz)
"${pack[@]}" "$work/pkg" "$work/out.deb" >/dev/null
mv "$work/out.deb" "$deb"
echo "deb: $n files of lib/app keep the trained app-image's modification times"
