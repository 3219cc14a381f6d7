#!/usr/bin/env bash
# How users install from git, tried on a clone of this repository (git+file://, the same path as
# git+https://): a project's `npm install <git url>`, `npx -p <git url>`, and the global install.
# `npm install -g <git url>` itself fails on npm 7–11 for any package that builds in `prepare`
# (npm/cli#8440, #3692: the dependency install of the git preparation runs as a global install);
# the README's global install packs first: `npm install -g "$(npm pack <git url> | tail -1)"`.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q "$repo" "$work/clone"
url="git+file://$work/clone"
export AWS_EC2_METADATA_DISABLED=true

echo "== npm install $url (a project's dependency)"
mkdir "$work/project" && cd "$work/project" && npm init -y >/dev/null
npm install --no-audit --no-fund "$url" >/dev/null
./node_modules/.bin/start-import-labels-task-run --version

echo "== npm install -g \"\$(npm pack $url)\" (the global install)"
cd "$work" && tarball=$(npm pack "$url" 2>/dev/null | tail -1)
echo "prefix=$work/global" >"$work/npmrc"
NPM_CONFIG_USERCONFIG="$work/npmrc" npm install -g --no-audit --no-fund "./$tarball" >/dev/null 2>&1
"$work/global/bin/start-import-labels-task-run" --version
"$work/global/bin/get-ml-task-run" --generate-cli-skeleton >/dev/null
echo "installed: $(du -sh --apparent-size "$work/global/lib/node_modules" | cut -f1)"

echo "== npx -p ./$tarball start-import-labels-task-run --version"
cd "$work/project" && npx --yes -p "$work/$tarball" start-import-labels-task-run --version
echo "ok"
