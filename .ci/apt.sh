#!/usr/bin/env bash
# Installs Debian packages that are missing (source it, then `ippon_apt_ensure pkg…`). Installed packages cost
# nothing: apt-get runs (update first, then install) only when something is missing; with sudo when not root.
ippon_apt_ensure() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
      echo "Missing Debian packages: ${missing[*]}. Install them as root: apt-get install --no-install-recommends ${missing[*]}" >&2
      return 1
    fi
    SUDO="sudo"
  fi
  echo "Installing ${missing[*]} (apt-get; once per machine)…"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
