#!/usr/bin/env bash
# Builds the self-contained Linux x64 distribution; `./mvnw -B -Pdist package` runs it after the
# shaded jar (see the dist profile in pom.xml):
#
#   target/dist/kayako-mcp-<version>/          the image, also left unpacked
#     bin/kayako-mcp                            the launcher (src/dist/bin/kayako-mcp)
#     lib/kayako-mcp.jar                        the shaded jar
#     lib/jvm.options                           the JVM settings (src/launcher/jvm.options)
#     lib/kayako-mcp.jsa                        class-data sharing archive of a training run
#     runtime/                                  jlink runtime holding only the modules listed
#     README.md, .env.example
#   target/dist/kayako-mcp-<version>-linux-x64.tar.gz
#
# Usage: build.sh VERSION JAR OUT_DIR MODULES
#   MODULES: comma list of JDK modules for the runtime (dist.modules in pom.xml);
#   JAVA_HOME: the JDK whose jlink, jdeps and jmods are used (Maven passes its own).
set -euo pipefail

version=$1 jar=$2 out=$3
modules=$(tr -d ' \t\n' <<<"$4") # the pom lists them one a line
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jdk="${JAVA_HOME:?JAVA_HOME must name the JDK to link the runtime from}"
name="kayako-mcp-$version"
image="$out/$name"
archive="$out/$name-linux-x64.tar.gz"

fail() {
  echo "dist: $*" >&2
  exit 1
}

[ "$(uname -sm)" = "Linux x86_64" ] || fail "the linux-x64 distribution is built on Linux x86_64 only"
rm -rf "$image" "$archive"
mkdir -p "$image/bin" "$image/lib"

# 1. The runtime. --generate-cds-archive adds the JDK's own sharing archive, the base the
#    application's archive (step 3) is layered on. No --compress: gzip over the whole image makes a
#    smaller download (30 MB instead of 36 for the runtime) and classes load without inflating.
feature=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 \
  | sed -n 's/^ *java\.specification\.version = //p')
echo "dist: linking a Java $feature runtime with $modules"
if ! "$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --generate-cds-archive --output "$image/runtime" >/dev/null; then
  [ -d "$jdk/jmods" ] || echo "dist: $jdk has no jmods folder (Debian: apt-get install openjdk-$feature-jmods)" >&2
  fail "jlink failed"
fi
# The archive for heaps of 32 GB and more (no compressed pointers): such a JVM starts without sharing.
rm -f "$image/runtime/lib/server/classes_nocoops.jsa"

# 2. Every module the jar's classes refer to must be in the runtime: a dependency that brings a new
#    one (a chart library and java.desktop, say) stops the build here instead of failing at run time.
#    Modules needed only at run time (providers, services) are not seen by jdeps: dist.modules
#    lists them by hand. Classes for Java releases newer than the runtime's (META-INF/versions/N)
#    can never load on it and are left out (Lucene's for Java 20 and later use jdk.incubator.vector).
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
(cd "$classes" && "$jdk/bin/jar" xf "$jar")
for v in "$classes"/META-INF/versions/*/; do
  [ -d "$v" ] && [ "$(basename "$v")" -gt "$feature" ] && rm -rf "$v"
done
needed=$("$jdk/bin/jdeps" --multi-release "$feature" --ignore-missing-deps --print-module-deps "$classes")
rm -rf "$classes"
linked=$("$image/runtime/bin/java" --list-modules | sed 's/@.*//')
missing=()
for m in ${needed//,/ }; do
  grep -qx "$m" <<<"$linked" || missing+=("$m")
done
if [ ${#missing[@]} -gt 0 ]; then
  fail "the jar needs modules the runtime lacks: ${missing[*]} (add them to dist.modules in pom.xml)"
fi

cp "$root/src/dist/bin/kayako-mcp" "$image/bin/kayako-mcp"
chmod 755 "$image/bin/kayako-mcp"
cp "$jar" "$image/lib/kayako-mcp.jar"
cp "$root/src/launcher/jvm.options" "$image/lib/jvm.options"
cp "$root/README.md" "$root/.env.example" "$image/"

# 3. The application's sharing archive, recorded by the launcher itself during one demo (emulator,
#    server and client), so that its JVM settings and class path are exactly those of every start.
echo "dist: training run for the class-data sharing archive"
# The JVM lists on stderr the classes it leaves out (picocli's, compiled for Java 5): kept in a log.
log="$out/training.log"
(cd "$image/lib" && env -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS \
  KAYAKO_MCP_JAVA_OPTS="-XX:ArchiveClassesAtExit=kayako-mcp.jsa" ../bin/kayako-mcp demo >"$log" 2>&1) \
  || fail "the training run (bin/kayako-mcp demo) failed: see $log"
[ -f "$image/lib/kayako-mcp.jsa" ] || fail "the training run made no archive: see $log"

# 4. The archive; file times are kept (the JVM checks the jar's against the sharing archive).
tar --sort=name --owner=0 --group=0 --numeric-owner -C "$out" -czf "$archive" "$name"

# 5. Unpacked elsewhere, under a name with a space, the launcher starts on the bundled runtime with
#    the archive: -Xshare:on makes an unusable archive an error instead of a slow start.
check="$(mktemp -d)"
trap 'rm -rf "$classes" "$check"' EXIT
mkdir "$check/un packed"
tar -xzf "$archive" -C "$check/un packed"
if ! env -u JAVA_HOME -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS KAYAKO_MCP_JAVA_OPTS=-Xshare:on \
  "$check/un packed/$name/bin/kayako-mcp" --version >/dev/null; then
  fail "the unpacked distribution does not start with its sharing archive"
fi
echo "dist: $archive ($(du -k "$archive" | cut -f1) KB, made in $SECONDS s; runtime modules: $modules)"
