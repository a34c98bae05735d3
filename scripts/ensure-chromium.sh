#!/bin/sh
# Installs Debian's chromium for the browser tests when /usr/bin/chromium is missing.
# No browser download exists here: playwright-core drives the system package.
set -eu
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "ensure-chromium: /usr/bin/chromium is missing; run as root: apt-get update && apt-get install -y chromium" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium fonts-dejavu-core
test -x /usr/bin/chromium
