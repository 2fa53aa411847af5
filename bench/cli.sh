#!/usr/bin/env bash
# CLI target: `entryway analyze mesh-5000.yaml` as a whole process vs a bare Node process parsing it with `yaml`.
# Usage: bash bench/cli.sh [N]   (default 5000; needs hyperfine). Writes bench/results/cli-mesh-N.json.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-5000}"
file="bench/.data/mesh-$n.yaml"
[ -f "$file" ] || { mkdir -p bench/.data; node bench/corpus/generate.mjs "$n" > "$file"; }
mkdir -p bench/results
if ! command -v hyperfine > /dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "bench:cli: installing Debian's hyperfine with apt-get" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine > /dev/null
  else
    echo "bench:cli: needs hyperfine (Debian package 'hyperfine', or https://github.com/sharkdp/hyperfine)" >&2
    exit 2
  fi
fi
node bin/entryway.mjs --help > /dev/null  # builds the CLI bundle once, outside the timing
# analyze exits non-zero when it finds errors; that is not a failure of the run
hyperfine -N -i --warmup 1 --runs "${RUNS:-5}" \
  --export-json "bench/results/cli-mesh-$n.json" \
  -n bare-yaml-parse "node bench/bare-parse.mjs $file" \
  -n entryway-analyze "node bin/entryway.mjs analyze $file"
node -e '
const r = require(process.argv[1]).results;
const cpu = (x) => x.user + x.system;
const [bare, cli] = r;
console.log(`wall median: analyze/bare = ${(cli.median / bare.median).toFixed(2)}x (target <= 1.5x)`);
console.log(`cpu mean:    analyze/bare = ${(cpu(cli) / cpu(bare)).toFixed(2)}x (user+system)`);
' "$PWD/bench/results/cli-mesh-$n.json"
