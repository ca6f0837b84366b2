# Sourced by ./mvnw, ./verbatim and .ci/run: makes JAVA_HOME point at a JDK >= 21.
# Keeps a JAVA_HOME that is already new enough; otherwise looks under /usr/lib/jvm (newest first).
verbatim_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}
verbatim_find_jdk() {
  local min=21 candidate major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(verbatim_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge "$min" ] 2>/dev/null; then return 0; fi
  fi
  for candidate in $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    [ -x "$candidate/bin/javac" ] || continue
    major=$(verbatim_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge "$min" ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "Verbatim needs a JDK >= $min: set JAVA_HOME, or install one (e.g. apt-get install openjdk-21-jdk-headless)." >&2
  return 1
}
verbatim_find_jdk || exit 1
