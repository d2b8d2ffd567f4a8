#!/usr/bin/env bash
# Runs all tests: rules, real H2 stores, the JavaFX UI on Monocle (headless), the architecture rules,
# and a smoke test of the built launcher. Usage: ./test.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "$0")"
source scripts/jdk.sh
exec ./mvnw -B verify "$@"
