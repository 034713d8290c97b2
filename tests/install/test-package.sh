#!/bin/bash
# Builds the Debian package from a build tree, installs it with apt on this machine, checks what it installed, checks
# it with lintian and removes it again. Needs root (or password-less sudo) and Debian's apt.
#   - the installed ccmctl and ccm-importer answer --version with the package's version;
#   - the man pages and the bash completion are where Debian looks for them, and cover every --help item;
#   - the installed window starts (offscreen) in English and in Simplified Chinese, and loads its module;
#   - Depends is exactly what the binaries link plus what Qt and QtKeychain load at run time;
#   - lintian reports no error (its whole report is printed).
# Safe to run twice, or with the package already installed (it is reinstalled from this build, then removed).
# Usage: test-package.sh BUILD_DIR [CPACK]
set -eu
build=$(cd "$1" && pwd)
cpack=${2:-cpack}
here=$(cd "$(dirname "$0")" && pwd)
package=ccm-importer
# What the binaries load at run time, which no NEEDED entry shows (see installer/linux/deb.cmake).
runtime_packages="libqt6sql6-sqlite libqt6svg6 libsecret-1-0"

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
else
    echo "FAIL: installing a package needs root or password-less sudo (run as root, as CI does)."
    exit 1
fi
apt_get() { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -y -q "$@"; }
installed_version() { dpkg-query -W -f='${db:Status-Status} ${Version}' "$package" 2>/dev/null | sed -n 's/^installed //p'; }

# One run at a time on a machine: two runs would install and remove the same package under each other.
exec 9>"${TMPDIR:-/tmp}/ccm-importer-package-test.lock"
flock 9

work=$(mktemp -d)
chmod 0755 "$work" # apt reads the .deb as its unprivileged _apt user
removed=0
cleanup() {
    if [ "$removed" -eq 0 ] && [ -n "$(installed_version)" ]; then
        apt_get remove --purge "$package" >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

echo "== cpack (DEB, TGZ)"
"$cpack" --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$work/packages" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; echo "FAIL: cpack"; exit 1; }
deb=$(ls "$work"/packages/*.deb)
tgz=$(ls "$work"/packages/*.tar.gz)
chmod 0644 "$deb"
version=$(dpkg-deb -f "$deb" Version)
echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB, installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"
echo "$(basename "$tgz"): $(du -k "$tgz" | cut -f1) KiB"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
tar -tzf "$tgz" | grep -q '/bin/ccmctl$' || fail "the tarball holds no bin/ccmctl"

before=$(installed_version)
[ -z "$before" ] || echo "Note: $package $before was installed before; it is replaced by this build and removed."

echo "== apt-get install ./$(basename "$deb")"
apt_get install --reinstall --allow-downgrades "$deb" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log"; echo "FAIL: apt-get install"; exit 1; }
[ "$(installed_version)" = "$version" ] || fail "dpkg shows $package '$(installed_version)', not $version"

echo "== installed programs"
[ "$(/usr/bin/ccmctl --version)" = "ccmctl $version" ] || fail "ccmctl --version: $(/usr/bin/ccmctl --version)"
[ "$(/usr/bin/ccm-importer --version)" = "ccm-importer $version" ] ||
    fail "ccm-importer --version: $(/usr/bin/ccm-importer --version)"
files=$(dpkg -L "$package")
module=/usr/lib/ccm-importer/modules/libccm-importer-window.so
for path in /usr/bin/ccmctl /usr/bin/ccm-importer "$module" /usr/share/man/man1/ccmctl.1.gz /usr/share/man/man1/ccm-importer.1.gz \
    /usr/share/bash-completion/completions/ccmctl /usr/share/applications/io.github.ccm_importer.CcmImporter.desktop \
    /usr/share/metainfo/io.github.ccm_importer.CcmImporter.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/io.github.ccm_importer.CcmImporter.svg \
    /usr/share/doc/ccm-importer/copyright /usr/share/doc/ccm-importer/changelog.gz; do
    grep -qx "$path" <<<"$files" || fail "the package does not install $path"
    [ -f "$path" ] || fail "$path is missing after the installation"
done
if command -v man >/dev/null; then
    man -w ccmctl | grep -q '^/usr/share/man/man1/ccmctl.1.gz$' || fail "man does not find ccmctl(1)"
fi
bash -c '. /usr/share/bash-completion/completions/ccmctl && complete -p ccmctl' >/dev/null ||
    fail "the installed completion does not register for ccmctl"
"$here/check-cli-docs.sh" /usr/bin/ccmctl /usr/share/bash-completion/completions/ccmctl \
    /usr/share/man/man1/ccmctl.1.gz /usr/bin/ccm-importer /usr/share/man/man1/ccm-importer.1.gz || fail "check-cli-docs.sh"

echo "== installed window (offscreen)"
home="$work/home"
mkdir -p "$home/runtime"
chmod 0700 "$home/runtime"
run_window() {
    env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        XDG_RUNTIME_DIR="$home/runtime" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 timeout 120 /usr/bin/ccm-importer \
        --quit-after-show "$@"
}
english=$(run_window --language en) || fail "the installed window did not start (exit status $?)"
chinese=$(run_window --language zh_CN) || fail "the installed window did not start in zh_CN (exit status $?)"
echo "window titles: '$english' / '$chinese'"
[ "$english" = "CCM Importer" ] || fail "English window title: '$english'"
[ -n "$chinese" ] && [ "$chinese" != "$english" ] || fail "the zh_CN window title is not translated: '$chinese'"

echo "== Depends"
# Packages of the libraries the installed binaries link, then what they load at run time.
needed=$(for binary in /usr/bin/ccmctl /usr/bin/ccm-importer "$module"; do
    readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'
done | sort -u)
# The package that ships a library file; with merged /usr the database may name it under / or under /usr.
owner_of() {
    local path=$1 resolved candidate
    resolved=$(readlink -f "$path")
    for candidate in "$path" "${path#/usr}" "/usr$path" "$resolved" "${resolved#/usr}"; do
        dpkg -S "$candidate" 2>/dev/null | sed -n '1s/:.*//p' | grep . && return 0
    done
    echo "unowned:$path"
}
expected=$(for library in $needed; do
    path=$(/sbin/ldconfig -p | awk -v lib="$library" '$1 == lib { print $NF; exit }')
    [ -n "$path" ] && owner_of "$path" || echo "unknown:$library"
done; for p in $runtime_packages; do echo "$p"; done)
expected=$(sort -u <<<"$expected" | sed '/^$/d')
depends=$(dpkg-query -W -f='${Depends}' "$package" | tr ',' '\n' | sed -e 's/([^)]*)//g' -e 's/|.*//' -e 's/:any//' |
    tr -d ' ' | sed '/^$/d' | sort -u)
echo "linked or loaded: $(xargs <<<"$expected")"
missing=$(comm -23 <(echo "$expected") <(echo "$depends") | xargs)
extra=$(comm -13 <(echo "$expected") <(echo "$depends") | xargs)
[ -z "$missing" ] || fail "Depends lacks $missing"
[ -z "$extra" ] || fail "Depends has $extra, which the binaries neither link nor load"

echo "== lintian"
if lintian --fail-on error --display-info "$deb" >"$work/lintian.log" 2>&1; then
    echo "lintian: no errors"
else
    fail "lintian reports errors"
fi
sed 's/^/  /' "$work/lintian.log"

echo "== apt-get remove --purge $package"
apt_get remove --purge "$package" >"$work/remove.log" 2>&1 || { cat "$work/remove.log"; fail "apt-get remove"; }
removed=1
[ -z "$(installed_version)" ] || fail "$package is still installed"
[ ! -e /usr/bin/ccmctl ] || fail "/usr/bin/ccmctl is left after removal"
[ ! -e /usr/share/bash-completion/completions/ccmctl ] || fail "the completion is left after removal"

if [ "$failures" -ne 0 ]; then
    echo "$failures problem(s)."
    exit 1
fi
echo "The package installs, works, passes lintian and removes cleanly."
