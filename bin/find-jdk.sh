# Sourced by ./keepup and ./mvnw: makes JAVA_HOME point at a JDK >= 21.
# Looks at $JAVA_HOME, then `java` on PATH, then the folders JDKs are installed in; newest wins there.
# Prints one line naming what to install and returns 1 when there is none.

# Where JDKs are installed: Debian/Ubuntu, Red Hat, Docker images, macOS, SDKMAN!, IntelliJ IDEA.
keepup_jvm_roots="/usr/lib/jvm /usr/java /opt/java /Library/Java/JavaVirtualMachines ${HOME:-/nonexistent}/.sdkman/candidates/java ${HOME:-/nonexistent}/.jdks"

keepup_java_major() { # $1 = path to a java binary; prints its feature version or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

keepup_is_jdk() { # $1 = a JAVA_HOME candidate; true if it has java and javac of release >= 21
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  v=$(keepup_java_major "$1/bin/java")
  [ -n "$v" ] && [ "$v" -ge 21 ]
}

keepup_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && keepup_is_jdk "$JAVA_HOME"; then return 0; fi
  if command -v java >/dev/null 2>&1; then
    candidate=$(cd "$(dirname "$(readlink -f "$(command -v java)")")/.." && pwd)
    if keepup_is_jdk "$candidate"; then JAVA_HOME=$candidate; export JAVA_HOME; return 0; fi
  fi
  best=""; best_v=0
  case $- in *f*) keepup_noglob=1; set +f ;; *) keepup_noglob=0 ;; esac
  for root in $keepup_jvm_roots; do
    for candidate in "$root"/* "$root"/*/Contents/Home; do
      [ -d "$candidate" ] || continue
      keepup_is_jdk "$candidate" || continue
      v=$(keepup_java_major "$candidate/bin/java")
      if [ "$v" -gt "$best_v" ]; then best=$candidate; best_v=$v; fi
    done
  done
  [ "$keepup_noglob" = 1 ] && set -f
  if [ -n "$best" ]; then JAVA_HOME=$best; export JAVA_HOME; return 0; fi
  echo "keepup: no JDK 21 or newer found (looked at JAVA_HOME, java on PATH, $keepup_jvm_roots); install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21/25, or set JAVA_HOME" >&2
  return 1
}
