#!/usr/bin/env bash
# Headless Chromium for the browser test (an EventSource with an access token). Source this file, then:
#   chromium_ensure    installs Debian's 'chromium' with apt-get (root) or sudo apt-get when it is missing

chromium_ensure() {
  command -v chromium >/dev/null 2>&1 && return 0
  echo "chromium: not installed; installing the Debian package 'chromium' for the browser test..." >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 &&
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
}
