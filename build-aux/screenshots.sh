#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# build-aux/screenshots.sh BUILD_DIR OUT_DIR — the README's screenshots, in
# French, from the demo data: the real application under Xvfb, driven with
# its keyboard shortcuts, each window captured on its own.
#
# Run through `build-aux/dev screenshots`, which builds first and writes to
# data/screenshots/.
set -euo pipefail

build=$(cd "$1" && pwd)
out=$(mkdir -p "$2" && cd "$2" && pwd)

if [ -z "${ACCUEIL_SCREENSHOTS_INSIDE_X:-}" ]; then
  export ACCUEIL_SCREENSHOTS_INSIDE_X=1
  exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- "$0" "$@"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/demo.db"

export GSK_RENDERER=cairo GDK_BACKEND=x11 NO_AT_BRIDGE=1
export GSETTINGS_SCHEMA_DIR="$build/data" GSETTINGS_BACKEND=memory
export LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8 LANGUAGE=fr ACCUEIL_LOCALEDIR="$build/po"

"$build/src/cli/accueil-cli" --database "$db" demo >/dev/null
supervisor=$("$build/src/cli/accueil-cli" --database "$db" list staff --format csv \
  | awk -F, '$3 == "supervisor" { print $2; exit }')
agent=$("$build/src/cli/accueil-cli" --database "$db" list staff --format csv \
  | awk -F, '$3 == "reception" { print $2; exit }')

pid=
main_window=
start() {
  "$build/src/gui/accueil" --database "$db" --staff "$1" 2>>"$work/app.log" &
  pid=$!
  main_window=$(xdotool search --sync --onlyvisible --pid "$pid" | head -n 1)
  xdotool mousemove 1279 799 windowfocus --sync "$main_window"
  sleep 1
}
stop() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
keys() {
  for k in "$@"; do xdotool key "$k"; sleep 0.3; done
}
type_text() {
  xdotool type --delay 25 "$1"
  sleep 0.5
}
# The newest window of the application other than the main one.
dialog() {
  local w
  for _ in $(seq 50); do
    w=$(xdotool search --onlyvisible --pid "$pid" | grep -vx "$main_window" | tail -n 1 || true)
    if [ -n "$w" ]; then echo "$w"; return; fi
    sleep 0.1
  done
  echo "no dialog appeared" >&2
  exit 1
}
shot() {
  sleep 0.6
  import -window "$1" "$out/$2.png"
  echo "screenshot: $out/$2.png"
}

# The Téléphone tab, and the main window with the inbox open.
start "$agent"
keys alt+1
shot "$main_window" phone-tab
# A call being logged: the caller found from a prefix without accents.
keys ctrl+n
form=$(dialog); xdotool windowfocus --sync "$form"
type_text "agnes lev"
keys Down Return alt+v alt+d alt+n alt+g alt+m
type_text "Demande de devis"
keys alt+p
shot "$form" call-form
keys Escape
sleep 0.5; keys Tab Return
# The voicemail check with one message.
xdotool windowfocus --sync "$main_window"
keys ctrl+shift+v
voicemail=$(dialog); xdotool windowfocus --sync "$voicemail"
keys ctrl+a; type_text "1"
keys ctrl+shift+n
type_text "Bernadette Moulin"
shot "$voicemail" voicemail
stop

start "$supervisor"
keys ctrl+i
shot "$main_window" main-window
keys Return
message=$(dialog)
shot "$message" message-dialog
stop

start "$agent"
keys alt+2
shot "$main_window" visit-tab
keys ctrl+n
form=$(dialog); xdotool windowfocus --sync "$form"
type_text "agnes lev"
keys Down Return
shot "$form" visit-form
stop

start "$agent"
keys alt+2 ctrl+b
register=$(dialog)
shot "$register" documents-register
stop

start "$supervisor"
keys ctrl+shift+d
dashboard=$(dialog)
sleep 2
shot "$dashboard" dashboard
stop
