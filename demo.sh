#!/usr/bin/env bash
# Builds if needed, then opens Sổ Trường on the default store (your per-user data folder) with the
# demo school ("Dữ liệu mẫu"), created on first run. Demo accounts: docs/demo-accounts.md.
# Usage: ./demo.sh [--data DIR] [--lang en]
set -euo pipefail
cd "$(dirname "$0")"
source scripts/jdk.sh
launcher=installer/target/sotruong/bin/sotruong
if [ ! -x "$launcher" ] || [ -n "$(find pom.xml app reports installer/pom.xml -newer "$launcher" -type f -not -path '*/target/*' -print -quit)" ]; then
  echo "Đang build Sổ Trường (lần đầu mất vài phút)… / Building Sổ Trường…" >&2
  ./mvnw -B -q package -DskipTests
fi
exec "$launcher" --demo "$@"
