#!/usr/bin/env bash
# build-aux/check-translations.sh [SOURCE_ROOT]
# Every language of po/LINGUAS must be complete against the strings the
# sources have today: no untranslated and no fuzzy message, and msgfmt --check
# clean (formats, plural forms, header). Prints one TAP case per language.
set -uo pipefail
top=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$top"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The same keywords as meson's i18n 'glib' preset.
grep -v '^\s*#' po/POTFILES.in | sed '/^\s*$/d' > "$tmp/files"
xgettext --package-name=travel-requests --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --flag=g_markup_printf_escaped:1:c-format \
  -f "$tmp/files" -o "$tmp/current.pot" 2> "$tmp/xgettext.log" || { cat "$tmp/xgettext.log"; exit 1; }

langs=$(sed 's/#.*//' po/LINGUAS | tr -s ' \n' ' ')
n=0 failed=0
set -- $langs
echo "1..$#"
for lang in $langs; do
  n=$((n + 1))
  po="po/$lang.po"
  if [ ! -f "$po" ]; then
    echo "not ok $n $lang # $po is missing"; failed=1; continue
  fi
  if ! msgfmt --check -o /dev/null "$po" 2> "$tmp/check.log"; then
    echo "not ok $n $lang # msgfmt --check: $(tr '\n' ' ' < "$tmp/check.log")"; failed=1; continue
  fi
  msgmerge --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "$po" "$tmp/current.pot"
  untranslated=$(msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep -c '^msgid ' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$tmp/$lang.po" | grep -c '^msgid ' || true)
  # msgattrib prints the header entry (msgid "") when anything matches.
  [ "$untranslated" -gt 0 ] && untranslated=$((untranslated - 1))
  [ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))
  total=$(grep -c '^msgid ' "$tmp/current.pot")
  if [ "$untranslated" -eq 0 ] && [ "$fuzzy" -eq 0 ]; then
    echo "ok $n $lang # $((total - 1)) messages, all translated"
  else
    echo "not ok $n $lang # $untranslated untranslated, $fuzzy fuzzy of $((total - 1))"
    msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep '^msgid ' | sed -n '2,6s/^/#   /p'
    failed=1
  fi
done
exit $failed
