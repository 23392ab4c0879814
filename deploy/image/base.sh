#!/usr/bin/env bash
# Builds Ami's base image without a registry or a Docker engine: a Debian bookworm root filesystem
# (mmdebstrap, variant "essential", plus Debian's OpenJDK 17 headless JRE and CA certificates),
# written as a docker-archive tarball (the `docker save` format) that Jib reads as `tar://`.
#
#   deploy/image/base.sh [OUT]     default OUT: deploy/image/target/base.tar
#
# The runtime user, ami (uid and gid 10001), is in /etc/passwd: PostgreSQL's initdb looks it up.
# /etc/hosts names localhost (the embedded PostgreSQL listens there) for runtimes that do not
# write their own, such as a plain chroot; Docker, Podman and Kubernetes replace it.
# Needs root (mmdebstrap's chroot) and Debian's package mirror; installs mmdebstrap when missing.
# Rebuilds only when OUT is missing. Prints the tarball's path.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/target/base.tar}"
[ -s "$out" ] && { echo "$out"; exit 0; }
mirror="${AMI_IMAGE_MIRROR:-http://deb.debian.org/debian}"
suite=bookworm
if ! command -v mmdebstrap >/dev/null; then
  apt-get install -y -q mmdebstrap >&2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/layer" "$(dirname "$out")"

# No docs, man pages or translations (the JRE's update-alternatives still needs man1 to exist);
# no apt lists or caches: the image is never updated in place, it is rebuilt.
mmdebstrap --variant=essential --include=openjdk-17-jre-headless,ca-certificates \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
  --dpkgopt='path-exclude=/usr/share/locale/*' --dpkgopt='path-include=/usr/share/locale/locale.alias' \
  --essential-hook='mkdir -p "$1"/usr/share/man/man1' \
  --customize-hook='echo "ami:x:10001:10001:Ami:/data:/usr/sbin/nologin" >> "$1"/etc/passwd' \
  --customize-hook='echo "ami:x:10001:" >> "$1"/etc/group' \
  --customize-hook='printf "127.0.0.1 localhost\n::1 localhost ip6-localhost ip6-loopback\n" > "$1"/etc/hosts' \
  --customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/* "$1"/var/log/*' \
  "$suite" "$work/layer/layer.tar" "$mirror" >&2

diff_id="sha256:$(sha256sum "$work/layer/layer.tar" | cut -d' ' -f1)"
java_home=/usr/lib/jvm/java-17-openjdk-amd64
cat > "$work/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=$java_home","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created_by":"deploy/image/base.sh: mmdebstrap $suite essential + openjdk-17-jre-headless"}]}
JSON
config="$(sha256sum "$work/config.json" | cut -d' ' -f1).json"
mv "$work/config.json" "$work/$config"
printf '[{"Config":"%s","RepoTags":["ami-base:%s"],"Layers":["layer/layer.tar"]}]\n' "$config" "$suite" > "$work/manifest.json"
tar -C "$work" -cf "$out.tmp" manifest.json "$config" layer/layer.tar
mv "$out.tmp" "$out"
echo "$out"
