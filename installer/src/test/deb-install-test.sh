#!/usr/bin/env bash
# Installs the built .deb the ways a school's PC gets it and checks what a person would find:
#  1. the package: name, version, maintainer, section, description, dependencies, maintainer scripts;
#  2. a clean root folder: `dpkg --root` (maintainer scripts run chrootless with DPKG_ROOT) into an empty
#     folder that has no /usr/share/desktop-directories or /etc/xdg/menus/applications-merged: the files,
#     the menu entry and the command link the postinst made, licences (every shipped jar, the JDK),
#     the en/vi locales, `sotruong --version` and a command run from the installed path with the AOT
#     cache accepted there, then `dpkg --remove/--purge` leaving nothing behind;
#  3. as root, when the package is not installed on this machine: the real `dpkg -i`, `sotruong` on the
#     PATH, the desktop app started with no arguments (per-user data folder) under its own Xvfb from
#     /opt/sotruong with a screenshot of the login window in target/, an upgrade to a newer version
#     that keeps the menu entry and the data, and `dpkg -r` that keeps the data.
# Usage: deb-install-test.sh --skip=false DEB WORK_DIR JDK_HOME. Prints "deb: N passed, N failed".
set -u

if [ "${1:-}" = "--screenshot-child" ]; then
  # runs inside xvfb-run: the installed launcher without arguments, a screenshot once the login
  # window has laid out its first frame (SOTRUONG_STARTUP_REPORT), then the app is closed
  launcher="$2"; png="$3"; report="$4"
  rm -f "$report" "$png"
  SOTRUONG_STARTUP_REPORT="$report" "$launcher" >"${png%.png}.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do [ -s "$report" ] && break; kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  sleep 2
  import -window root "$png"
  xwininfo -root -tree >"${png%.png}.windows.txt" 2>&1 || true
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  [ -s "$report" ] && [ -s "$png" ]
  exit
fi

skip="${1#--skip=}"; deb="$2"; work="$3"; jdk="$4"
if [ "$skip" = "true" ]; then echo "deb install test skipped (-Ddeb.skip=true)"; exit 0; fi
rm -rf "$work"; mkdir -p "$work"
work="$(cd "$work" && pwd)"
pass=0; fail=0
ok() { pass=$((pass+1)); echo "ok   $1"; }
bad() { fail=$((fail+1)); echo "FAIL $1"; }
check() { # name command... : passes when the command exits 0
  local name="$1"; shift
  if "$@" >"$work/out" 2>"$work/err"; then ok "$name"
  else bad "$name"; sed 's/^/     /' "$work/out" "$work/err" | tail -25; return 1; fi
}
finish() { echo "deb install test took ${SECONDS} s"; echo "deb: $pass passed, $fail failed"; [ "$fail" = 0 ]; exit; }
[ -s "$deb" ] || { bad "no package at $deb"; finish; }
version=$(basename "$deb" | sed -E 's/^sotruong_(.*)_amd64\.deb$/\1/')

# --- 1. the package ---------------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
check "package name is sotruong" test "$(field Package)" = sotruong
check "version $version" test "$(field Version)" = "$version"
check "maintainer named" bash -c '[[ "$1" == *"<"*@*">"* && "$1" != Unknown* ]]' _ "$(field Maintainer)"
check "section education" test "$(field Section)" = education
check "description: synopsis + extended text in vi and en" \
  bash -c '[ "$(printf "%s\n" "$1" | wc -l)" -ge 8 ] && grep -q "sổ sách" <<<"$1" && grep -q offline <<<"$1"' _ "$(field Description)"
check "depends on GTK 3 and OpenGL for JavaFX" bash -c 'grep -q "libgtk-3-0 | libgtk-3-0t64" <<<"$1" && grep -q libgl1 <<<"$1"' _ "$(field Depends)"
dpkg-deb -e "$deb" "$work/DEBIAN"
check "maintainer scripts executable" test -x "$work/DEBIAN/postinst" -a -x "$work/DEBIAN/prerm"
check "maintainer scripts do not run xdg-desktop-menu (fails where menu folders are missing)" \
  bash -c '! grep -lE "^[^#]*xdg-desktop-menu" "$1"/*' _ "$work/DEBIAN"

# --- 2. a clean root folder ---------------------------------------------------------------------------
root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
: >"$root/var/lib/dpkg/status"; : >"$root/var/lib/dpkg/available"
dpkg_root=(dpkg --root="$root" --force-script-chrootless --force-depends --log="$work/dpkg-root.log")
[ "$(id -u)" = 0 ] || dpkg_root=(fakeroot "${dpkg_root[@]}" --force-not-root)
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
check "dpkg --root installs into an empty folder without menu folders" "${dpkg_root[@]}" --install "$deb"
check "no menu folders were needed" test ! -e "$root/usr/share/desktop-directories" -a ! -e "$root/etc/xdg/menus"
inst="$root/opt/sotruong"
desktop="$root/usr/share/applications/sotruong.desktop"
check "launcher at /opt/sotruong/bin/sotruong" test -x "$inst/bin/sotruong"
check "menu entry in /usr/share/applications" test -f "$desktop"
check "menu entry opens the installed launcher without arguments" grep -qx 'Exec=/opt/sotruong/bin/sotruong' "$desktop"
check "menu entry's icon is shipped (PNG)" bash -c '[ "$(identify -format "%m %wx%h" "$1$(sed -n "s/^Icon=//p" "$2")")" = "PNG 256x256" ]' _ "$root" "$desktop"
if command -v desktop-file-validate >/dev/null; then check "menu entry valid (desktop-file-validate)" desktop-file-validate "$desktop"; fi
check "command link /usr/bin/sotruong" test "$(readlink "$root/usr/bin/sotruong")" = /opt/sotruong/bin/sotruong
check "AOT cache shipped" test -s "$inst/lib/app/sotruong.aot"
check "launcher configured with the cache" grep -qx 'java-options=-XX:AOTCache=$APPDIR/sotruong.aot' "$inst/lib/app/sotruong.cfg"
check "Sổ Trường licence" grep -q "Sổ Trường" "$inst/lib/doc/LICENSE.txt"
check "package copyright file holds the licence" grep -q "free of charge" "$inst/share/doc/copyright"
check "Java runtime licence: GPLv2 with the Classpath Exception" grep -q '"CLASSPATH" EXCEPTION TO THE GPL' "$inst/lib/runtime/legal/java.base/LICENSE"
third="$inst/lib/doc/THIRD-PARTY.txt"
check "THIRD-PARTY.txt names the runtime and its licence" grep -q "GPLv2+CE" "$third"
check "THIRD-PARTY.txt: every library has a known licence" bash -c '! grep -B1 "Unknown license" "$1"' _ "$third"
check "THIRD-PARTY.txt: lists libraries, not our own modules" bash -c '! grep -q "vn.sotruong:" "$1"' _ "$third"
# every shipped jar but ours: listed with its licence, and its licence text shipped
listed=$(grep -oE '— [A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+$' "$third" | awk -F: '{print $2"-"$3}')
notices="$inst/lib/doc/licences/common/notices-for-jars-without-a-licence-file.txt"
unlisted=(); untexted=(); jars=0
for jar in "$inst"/lib/app/*.jar; do
  name=$(basename "$jar" .jar)
  case "$name" in sotruong-*) continue;; esac
  jars=$((jars+1))
  av=""
  for x in $listed; do if [ "$name" = "$x" ] || [[ "$name" == "$x"-* ]]; then av="$x"; break; fi; done
  if [ -z "$av" ]; then unlisted+=("$name"); continue; fi
  artifact="${av%-*}"
  if ! ls "$inst/lib/doc/licences/jars/$name"/META-INF/* >/dev/null 2>&1 \
     && ! ls "$inst/lib/doc/licences/jars/$av"/META-INF/* >/dev/null 2>&1 \
     && ! grep -qE "[:, ]$artifact[,)]" "$notices"; then
    untexted+=("$name")
  fi
done
check "every shipped jar ($jars) listed in THIRD-PARTY.txt" test "${#unlisted[@]}" = 0 -a "$jars" -gt 20 || echo "     not listed: ${unlisted[*]}"
check "every shipped jar's licence text or notice shipped" test "${#untexted[@]}" = 0 || echo "     no text: ${untexted[*]}"
"$jdk/bin/jimage" list "$inst/lib/runtime/lib/modules" >"$work/modules.txt"
check "Vietnamese locale data kept (formats, collation)" \
  bash -c 'grep -q "cldr/ext/FormatData_vi.class" "$1" && grep -q "ext/CollationData_vi.class" "$1"' _ "$work/modules.txt"
check "only en and vi locales kept (no Japanese)" bash -c '! grep -q "FormatData_ja.class" "$1"' _ "$work/modules.txt"
check "sotruong --version from the installed path" "$inst/bin/sotruong" --version
cp "$work/out" "$work/version.out"
check "  prints the version alone on stdout" bash -c '[ "$(wc -l <"$1")" = 1 ] && grep -q "^Sổ Trường 0.1.0" "$1"' _ "$work/version.out"
JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/class-load.log" "$inst/bin/sotruong" --version >/dev/null 2>&1
check "AOT cache accepted at the installed path (app classes from it)" grep -q 'vn.sotruong.desktop.Launcher source: shared objects file' "$work/class-load.log"
check "a command from the installed path (demo create)" "$inst/bin/sotruong" --data "$work/root-store" demo create
check "dpkg --remove" "${dpkg_root[@]}" --remove sotruong
check "  takes the app, the menu entry and the command link away" \
  test ! -e "$inst/bin/sotruong" -a ! -e "$desktop" -a ! -L "$root/usr/bin/sotruong"
check "dpkg --purge" "${dpkg_root[@]}" --purge sotruong
check "  leaves no file behind" test -z "$(find "$root" -path "$root/var" -prune -o -type f -print)"

# --- 3. the real dpkg on this machine --------------------------------------------------------------
why=""
[ "$(id -u)" = 0 ] || why="not root"
[ -z "$why" ] && ! command -v xvfb-run >/dev/null && why="no xvfb-run"
[ -z "$why" ] && ! command -v import >/dev/null && why="no ImageMagick import"
if [ -z "$why" ]; then
  # one package test at a time on this machine (other checkouts may run theirs), then look
  exec 9>/tmp/sotruong-deb-install-test.lock
  flock -w 900 9 || why="another package test held /tmp/sotruong-deb-install-test.lock for 15 min"
fi
status=$(dpkg-query -W -f='${db:Status-Status}' sotruong 2>/dev/null || true)
[ -z "$why" ] && [ -n "$status" ] && [ "$status" != not-installed ] && why="sotruong is installed here ($status; left alone)"
[ -z "$why" ] && [ -e /opt/sotruong ] && why="/opt/sotruong exists (left alone)"
if [ -n "$why" ]; then
  echo "skip real dpkg -i on this machine: $why"
  finish
fi
trap 'dpkg --purge sotruong >/dev/null 2>&1 || true' EXIT
home="$work/home"; mkdir -p "$home"
data="$home/.local/share/sotruong"
as_user() { env HOME="$home" XDG_DATA_HOME="$home/.local/share" PATH="/usr/bin:/bin" "$@"; }
check "dpkg -i" dpkg --install "$deb"
check "  menu entry /usr/share/applications/sotruong.desktop" grep -qx 'Exec=/opt/sotruong/bin/sotruong' /usr/share/applications/sotruong.desktop
check "  sotruong on the PATH" bash -c '[ "$(command -v sotruong)" = /usr/bin/sotruong ]'
check "sotruong --version" as_user sotruong --version
check "sotruong demo create into the per-user data folder" as_user sotruong demo create
check "  data in ~/.local/share/sotruong" test -d "$data" -a -n "$(ls -A "$data" 2>/dev/null)"
png="$(dirname "$work")/installed-login.png"
check "desktop app with no arguments from /opt/sotruong opens the login window (Xvfb)" \
  as_user xvfb-run -a -s "-screen 0 1366x768x24" bash "$0" --screenshot-child /opt/sotruong/bin/sotruong "$png" "$work/startup.ms"
check "  screenshot $(basename "$png") shows a window (not a blank screen)" \
  bash -c '[ "$(identify -format %k "$1")" -gt 200 ]' _ "$png"
echo "     login window after $(cat "$work/startup.ms" 2>/dev/null || echo '?') ms (first start for this user, JavaFX libraries unpacked)"
# upgrade: the same files under a higher version, installed over the old one
dpkg-deb -R "$deb" "$work/upgrade"
sed -i -E "s/^Version: .*/Version: ${version}+upgradetest/" "$work/upgrade/DEBIAN/control"
dpkg-deb -Znone -b "$work/upgrade" "$work/sotruong_upgrade.deb" >/dev/null
rm -rf "$work/upgrade"
check "upgrade with dpkg -i to a newer version" dpkg --install "$work/sotruong_upgrade.deb"
check "  version now ${version}+upgradetest" test "$(dpkg-query -W -f='${Version}' sotruong)" = "${version}+upgradetest"
check "  menu entry and command kept" test -f /usr/share/applications/sotruong.desktop -a -L /usr/bin/sotruong
check "  the school's data still there (admin signs in and adds a class)" \
  as_user env SOTRUONG_PASSWORD=demo1234 sotruong --user admin class add --grade 9 --name 9Z
check "dpkg -r" dpkg --remove sotruong
check "  app, menu entry and command gone" test ! -e /opt/sotruong/bin -a ! -e /usr/share/applications/sotruong.desktop -a ! -e /usr/bin/sotruong
check "  the user's data kept" test -n "$(ls -A "$data" 2>/dev/null)"
check "dpkg --purge" dpkg --purge sotruong
finish
