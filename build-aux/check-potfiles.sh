#!/usr/bin/env bash
# Fails when a source or template with translatable strings is missing from
# po/POTFILES.in, or when POTFILES.in names a file that does not exist.
set -euo pipefail
top=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$top"
listed=$(grep -v '^\s*#' po/POTFILES.in | sed '/^\s*$/d' | sort -u)
status=0
for f in $listed; do
  if [ ! -e "$f" ]; then
    echo "po/POTFILES.in lists $f, which does not exist"
    status=1
  fi
done
found=$( { grep -rlE '(^|[^A-Za-z0-9_])(N?_|C_|NC_|g_dngettext|ngettext)\s*\(' --include='*.c' src || true;
           grep -rl 'translatable="yes"' --include='*.ui' src || true;
           ls data/*.desktop.in* data/*.metainfo.xml.in* data/*.gschema.xml 2>/dev/null || true; } | sort -u)
for f in $found; do
  if ! grep -qxF "$f" <<<"$listed"; then
    echo "$f has translatable strings but is not in po/POTFILES.in"
    status=1
  fi
done
[ $status -eq 0 ] && echo "po/POTFILES.in is complete ($(wc -w <<<"$listed") files)"
exit $status
