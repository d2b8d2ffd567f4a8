#!/usr/bin/env bash
# Drives the built launcher (installer/target/sotruong/bin/sotruong) through the public command line
# (INTERFACES.md) on a fresh store: what a school's script would do. Prints "N passed, N failed".
set -u
launcher="$1"; work="$2"
rm -rf "$work"; mkdir -p "$work"
store="$work/store"
pass=0; fail=0
check() { # name expected-exit command...
  local name="$1" want="$2"; shift 2
  "$@" >"$work/out" 2>"$work/err"; local got=$?
  if [ "$got" = "$want" ]; then pass=$((pass+1)); echo "ok   $name"
  else fail=$((fail+1)); echo "FAIL $name: exit $got, wanted $want"; sed 's/^/     /' "$work/out" "$work/err"; fi
}
contains() { # name file text
  if grep -qF -- "$3" "$2"; then pass=$((pass+1)); echo "ok   $1"; else fail=$((fail+1)); echo "FAIL $1: '$3' not in $2"; cat "$2"; fi
}

check "version" 0 "$launcher" --version
contains "version names the product" "$work/out" "0.1.0"
check "school init" 0 env SOTRUONG_PASSWORD='QuanTri#2026' "$launcher" --data "$store" school init \
  --name "Trường THCS Thử Nghiệm" --level thcs --year 2026-2027 --admin quantri
check "class add by admin" 0 env SOTRUONG_PASSWORD='QuanTri#2026' "$launcher" --data "$store" --user quantri \
  class add --grade 7 --name 7A
check "duplicate class refused" 3 env SOTRUONG_PASSWORD='QuanTri#2026' "$launcher" --data "$store" --user quantri \
  class add --grade 7 --name 7A
contains "refusal is translated" "$work/err" "7A"
check "user add" 0 env SOTRUONG_PASSWORD='QuanTri#2026' SOTRUONG_NEW_PASSWORD='TamThoi#2026' "$launcher" \
  --data "$store" --user quantri user add --login gv.van --name "Nguyễn Thị Văn" --roles gvbm,gvcn
check "wrong password refused" 3 env SOTRUONG_PASSWORD='sai-mat-khau' "$launcher" --data "$store" --user quantri \
  class add --grade 7 --name 7B
check "new user must change password first" 3 env SOTRUONG_PASSWORD='TamThoi#2026' "$launcher" --data "$store" \
  --user gv.van class add --grade 7 --name 7C
check "user passwd" 0 env SOTRUONG_PASSWORD='TamThoi#2026' SOTRUONG_NEW_PASSWORD='GiaoVien#2026' "$launcher" \
  --data "$store" --user gv.van user passwd
check "teacher may not add classes" 3 env SOTRUONG_PASSWORD='GiaoVien#2026' "$launcher" --data "$store" \
  --user gv.van class add --grade 7 --name 7D
check "unknown command is a usage error" 2 "$launcher" --data "$store" no-such-command
echo "launcher smoke: $pass passed, $fail failed"
[ "$fail" = 0 ]
