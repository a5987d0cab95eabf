#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-translations.sh SOURCE_ROOT
#
# Fails when
#   - a file under src/ or data/ has translatable strings but is not listed in
#     po/POTFILES.in (or po/POTFILES.skip), or POTFILES.in names a missing file;
#   - a language of po/LINGUAS has a string that is untranslated or fuzzy once
#     its .po file is merged with a fresh template;
#   - msgfmt --check rejects a .po file.
# The po/ files are never modified: the template and the merge go to a
# temporary folder.
set -euo pipefail

prog=check-translations

fail() {
  echo "$prog: FAIL: $*" >&2
  exit 1
}
# Never fail without saying why.
trap 'echo "$prog: FAIL: unexpected error (status $?) at line $LINENO: $BASH_COMMAND" >&2' ERR

[ $# -eq 1 ] || { echo "usage: $0 SOURCE_ROOT" >&2; exit 2; }
root=$(cd "$1" && pwd) || fail "no such folder: $1"
cd "$root"

for tool in xgettext msgmerge msgfmt msgattrib; do
  command -v "$tool" >/dev/null || fail "$tool not found (install gettext)"
done
[ -f po/POTFILES.in ] || fail "po/POTFILES.in is missing"
[ -f po/LINGUAS ] || fail "po/LINGUAS is missing"

# Stable messages and sorting whatever the caller's locale.
export LC_ALL=C.UTF-8

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Lines of a POTFILES file, without comments and blank lines.
list_potfiles() {
  [ -f "$1" ] || return 0
  sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$1"
}

list_potfiles po/POTFILES.in | sort -u >"$tmp/listed"
{ cat "$tmp/listed"; list_potfiles po/POTFILES.skip; } | sort -u >"$tmp/known"

# (a) Every present file with translatable strings is listed. -----------------
{
  dirs=()
  for d in src data; do
    if [ -d "$d" ]; then dirs+=("$d"); fi
  done
  [ ${#dirs[@]} -eq 0 ] || find "${dirs[@]}" -type d -name '.*' -prune -o -type f -print | while IFS= read -r f; do
    case "$f" in
      *.desktop.in | *.desktop.in.in | *.metainfo.xml.in | *.metainfo.xml.in.in | *.gschema.xml)
        echo "$f" ;;
      *.c)
        if grep -Eq '(^|[^[:alnum:]_])(N|C|NC)?_\(' "$f"; then echo "$f"; fi ;;
      *.ui | *.xml)
        if grep -q 'translatable="yes"' "$f"; then echo "$f"; fi ;;
    esac
  done
} | sort -u >"$tmp/needed"

missing=$(comm -23 "$tmp/needed" "$tmp/known")
if [ -n "$missing" ]; then
  echo "$prog: FAIL: files with translatable strings are missing from po/POTFILES.in:" >&2
  printf '%s\n' "$missing" | sed 's/^/  /' >&2
  exit 1
fi

absent=$(while IFS= read -r f; do if [ ! -f "$f" ]; then echo "$f"; fi; done <"$tmp/listed")
if [ -n "$absent" ]; then
  echo "$prog: FAIL: po/POTFILES.in lists files that do not exist:" >&2
  printf '%s\n' "$absent" | sed 's/^/  /' >&2
  exit 1
fi

# (b) A fresh template, with the keywords and flags of meson's glib preset. ---
xgettext \
  --package-name=accueil \
  --from-code=UTF-8 \
  --add-comments \
  --directory="$root" \
  --files-from="$tmp/listed" \
  --output="$tmp/accueil.pot" \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format \
  --flag=g_strdup_printf:1:c-format --flag=g_string_printf:2:c-format \
  --flag=g_string_append_printf:2:c-format --flag=g_error_new:3:c-format \
  --flag=g_set_error:4:c-format --flag=g_markup_printf_escaped:1:c-format \
  --flag=g_log:3:c-format --flag=g_print:1:c-format --flag=g_printerr:1:c-format \
  --flag=g_printf:1:c-format --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format \
  --flag=g_snprintf:3:c-format \
  2>"$tmp/xgettext.log" || { cat "$tmp/xgettext.log" >&2; fail "xgettext could not build the template"; }
[ -f "$tmp/accueil.pot" ] || fail "xgettext found no translatable string at all"

# Print "msgid" (or "context | msgid") for each entry of a .po file but the header.
list_msgids() {
  [ -s "$1" ] || return 0   # msgattrib writes nothing when no entry is left
  awk '
    function flush() { if (id != "") print (ctx != "" ? ctx " | " : "") id; ctx = ""; id = ""; field = "" }
    /^msgctxt "/ { flush(); field = "ctx"; s = $0; sub(/^msgctxt "/, "", s); sub(/"$/, "", s); ctx = s; next }
    /^msgid "/   { if (field != "ctx") flush(); field = "id"; s = $0; sub(/^msgid "/, "", s); sub(/"$/, "", s); id = s; next }
    /^"/         { s = $0; sub(/^"/, "", s); sub(/"$/, "", s); if (field == "id") id = id s; else if (field == "ctx") ctx = ctx s; next }
    /^msgid_plural|^msgstr/ { field = "" }
    END { flush() }
  ' "$1"
}

status=0
languages=$(sed -e 's/#.*//' po/LINGUAS | tr -s '[:space:]' '\n' | sed '/^$/d')
[ -n "$languages" ] || fail "po/LINGUAS names no language"

for lang in $languages; do
  po="po/$lang.po"
  if [ ! -f "$po" ]; then
    echo "$prog: FAIL: $po is missing (listed in po/LINGUAS)" >&2
    status=1
    continue
  fi
  if ! msgfmt --check --output-file=/dev/null "$po" 2>"$tmp/msgfmt.log"; then
    echo "$prog: FAIL: msgfmt --check rejects $po:" >&2
    cat "$tmp/msgfmt.log" >&2
    status=1
    continue
  fi

  # Plain msgmerge (fuzzy matching on): a changed source string shows as fuzzy.
  merged="$tmp/$lang.po"
  msgmerge --quiet --output-file="$merged" "$po" "$tmp/accueil.pot" \
    || { echo "$prog: FAIL: msgmerge could not merge $po" >&2; status=1; continue; }
  if ! msgfmt --check --output-file=/dev/null "$merged" 2>"$tmp/msgfmt.log"; then
    echo "$prog: FAIL: msgfmt --check rejects $po merged with the current sources:" >&2
    cat "$tmp/msgfmt.log" >&2
    status=1
    continue
  fi

  rm -f "$tmp/untranslated.po" "$tmp/fuzzy.po"
  msgattrib --untranslated --no-obsolete --no-wrap --output-file="$tmp/untranslated.po" "$merged"
  msgattrib --only-fuzzy --no-obsolete --no-wrap --output-file="$tmp/fuzzy.po" "$merged"
  untranslated=$(list_msgids "$tmp/untranslated.po")
  fuzzy=$(list_msgids "$tmp/fuzzy.po")
  n_untranslated=$(printf '%s' "$untranslated" | grep -c . || true)
  n_fuzzy=$(printf '%s' "$fuzzy" | grep -c . || true)

  if [ "$n_untranslated" -gt 0 ] || [ "$n_fuzzy" -gt 0 ]; then
    echo "$prog: FAIL: $po has $n_untranslated untranslated and $n_fuzzy fuzzy strings (update it with msgmerge and translate them)" >&2
    printf '%s\n' "$untranslated" | sed -e '/^$/d' -e 's/.*/  untranslated: "&"/' >&2
    printf '%s\n' "$fuzzy" | sed -e '/^$/d' -e 's/.*/  fuzzy: "&"/' >&2
    status=1
  else
    echo "$prog: $po: $(grep -c '^msgid ' "$tmp/accueil.pot" | awk '{print $1 - 1}') strings, all translated"
  fi
done

exit "$status"
