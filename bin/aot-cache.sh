# Sourced by ./keepup: the JDK's AOT cache (JEP 483/514/515, JDK >= 25), which holds the classes a
# start-up loads and links, and their method profiles, so that `serve` is ready in about half the CPU.
# `./keepup aot-cache` makes it with a training run; ./keepup then uses it while it matches this build
# and this JDK, removes it with one line when it does not, and runs without it when there is none.
# KEEPUP_AOT=0 turns it off. Expects $here, $jar, $opts, $JAVA_HOME and $keepup_props (the JDK's
# -XshowSettings:properties output) to be set.

keepup_aot_dir="$here/api/target/aot"
keepup_aot_cache="$keepup_aot_dir/keepup.aot"

keepup_aot_id() { # what the cache was made for: this JDK and this checkout (the JVM also checks the jars)
  printf '%s\n' "$here"
  printf '%s\n' "$keepup_props" | grep -E '^ *(java\.home|java\.vm\.version|java\.vm\.vendor|java\.runtime\.version|os\.arch) = '
}

keepup_aot_valid() { # the cache exists, was made for this JDK and checkout, and no jar is newer than it
  [ -s "$keepup_aot_cache" ] && [ -f "$keepup_aot_cache.id" ] || return 1
  [ "$(cat "$keepup_aot_cache.id")" = "$(keepup_aot_id)" ] || return 1
  [ -z "$(find "$jar" "$here/api/target/lib" -name '*.jar' -newer "$keepup_aot_cache" -print 2>/dev/null | head -n 1)" ]
}

# Adds the cache to $opts when it can be used; never fails the run.
keepup_aot_use() {
  [ "${KEEPUP_AOT:-1}" != 0 ] && [ "$major" -ge 25 ] && [ -e "$keepup_aot_cache" ] || return 0
  case " ${KEEPUP_JAVA_OPTS:-} " in *" -XX:AOTCache"* | *" -XX:AOTMode"* | *" -XX:SharedArchiveFile"*) return 0 ;; esac
  if keepup_aot_valid; then
    # The launcher checked what can go stale; the JVM's own checks then fall back without a word.
    opts="$opts -XX:AOTCache=$keepup_aot_cache -Xlog:aot*=off"
  else
    rm -f "$keepup_aot_cache" "$keepup_aot_cache.id"
    echo "keepup: removed the AOT cache made for another build or JDK; './keepup aot-cache' makes a new one" >&2
  fi
}

# `./keepup aot-cache`: the training run, then the cache written in place of the old one.
keepup_aot_make() {
  if [ "$major" -lt 25 ]; then
    echo "keepup: the AOT cache needs JDK 25 or newer (found JDK $major at $JAVA_HOME); ./keepup runs without it" >&2
    return 1
  fi
  mkdir -p "$keepup_aot_dir"
  log="$keepup_aot_dir/aot-cache.log"
  new="$keepup_aot_cache.new"
  rm -f "$new"
  echo "keepup: making the AOT cache (a training run with the sample papers, about a minute; log in $log)..." >&2
  # shellcheck disable=SC2086
  if "$JAVA_HOME/bin/java" $opts -XX:AOTCacheOutput="$new" -jar "$jar" aot-training >"$log" 2>&1 && [ -s "$new" ]; then
    keepup_aot_id >"$keepup_aot_cache.id"
    mv -f "$new" "$keepup_aot_cache"
    echo "keepup: AOT cache written to $keepup_aot_cache ($(($(wc -c <"$keepup_aot_cache") / 1048576)) MB); ./keepup uses it until the next build" >&2
  else
    rm -f "$new"
    echo "keepup: making the AOT cache failed; see $log (./keepup runs as before without it)" >&2
    return 1
  fi
}
