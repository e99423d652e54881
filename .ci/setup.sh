#!/usr/bin/env bash
# Installs what pycc needs on a fresh Debian 12 machine, only where missing:
# LLVM/MLIR 22 (static libraries, FileCheck, clang for the runtime bitcode,
# mlir-tblgen and clang++ for the py dialect's ODS definition),
# a C linker, Python headers, and pip's lit. Safe to run again.
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_pkgs=(libmlir-22-dev mlir-22-tools llvm-22-dev llvm-22-tools clang-22 libclang-22-dev
          libpolly-22-dev libzstd-dev gcc binutils)
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
PYTHON=${PYTHON:-python3}
if ! command -v "$PYTHON" >/dev/null 2>&1; then
  missing+=(python3 python3-dev python3-pip)
else
  if ! "$PYTHON" -c "import os, sysconfig; assert os.path.exists(os.path.join(sysconfig.get_paths()['include'], 'Python.h'))" 2>/dev/null; then
    missing+=(python3-dev)
  fi
  # The Python package's tests build and install wheels in venvs.
  if ! "$PYTHON" -c "import ensurepip, venv" 2>/dev/null; then
    missing+=(python3-venv)
  fi
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

if ! "$PYTHON" -c "import lit" 2>/dev/null; then
  echo "setup: installing lit"
  "$PYTHON" -m pip install -q lit || "$PYTHON" -m pip install -q --break-system-packages lit
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: cargo not found; install Rust (https://rustup.rs) and run again" >&2
  exit 1
fi
