# Sourced by the project's scripts: makes JAVA_HOME point at a JDK 25 or newer.
# The machine's default java may be older (17 on Debian 12); a JDK 25 is looked for in JAVA_HOME,
# then /usr/lib/jvm, then the java on PATH.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }
pick_jdk() {
  local c
  for c in "${JAVA_HOME:-}" /usr/lib/jvm/*25* /usr/lib/jvm/* "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    [ -n "$c" ] && [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    local v; v=$(java_major "$c")
    if [ -n "$v" ] && [ "$v" -ge 25 ]; then echo "$c"; return 0; fi
  done
  return 1
}
if ! JAVA_HOME=$(pick_jdk); then
  echo "Sổ Trường cần JDK 25 trở lên (tìm trong JAVA_HOME và /usr/lib/jvm nhưng không thấy)." >&2
  echo "Sổ Trường needs JDK 25 or newer; none found in JAVA_HOME or /usr/lib/jvm. Install Temurin 25 and retry." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
