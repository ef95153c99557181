# Sourced by bin/* and .ci/run: points JAVA_HOME at a JDK >= 21, or stops with a clear message.
# The machine's default java may be older (17 on the project's machines), so we look further.

java_major() { # prints the major version of the java binary $1
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1 | cut -d. -f1
}

find_java_home() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    if [ "$(java_major "$candidate/bin/java")" -ge 21 ] 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  local on_path
  on_path=$(command -v javac 2>/dev/null) || return 1
  on_path=$(dirname "$(dirname "$(readlink -f "$on_path")")")
  [ "$(java_major "$on_path/bin/java")" -ge 21 ] 2>/dev/null && echo "$on_path"
}

if ! TSUTAWARU_JAVA_HOME=$(find_java_home); then
  echo "tsutawaru needs a JDK 21 or newer and found none (JAVA_HOME, /usr/lib/jvm, PATH)." >&2
  echo "Install one (for example: apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it." >&2
  exit 1
fi
export JAVA_HOME="$TSUTAWARU_JAVA_HOME"
export PATH="$JAVA_HOME/bin:$PATH"
