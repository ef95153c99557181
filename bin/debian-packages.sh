# Sourced by bin/test and bin/test-postgres: installs Debian packages the tests need when they are missing.
# Needs root or sudo; CI machines and fresh developer machines have one of them.

install_debian_packages() { # install_debian_packages pkg...
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "tsutawaru tests need the Debian packages '$*' and cannot install them without root or sudo." >&2
      return 1
    fi
  fi
  echo "Installing Debian packages for the tests: $*" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || true
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
}
