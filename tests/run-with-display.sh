#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# run-with-display.sh CMD [ARGS…]
#
# Runs an in-process widget test on its own virtual X display with its own
# D-Bus session bus, and exits with CMD's exit status (128+n when CMD is killed
# by signal n, as dbus-run-session reports it).
#
#   Xvfb (1280x800x24) → dbus-run-session → CMD
#   GSK_RENDERER=cairo GDK_BACKEND=x11 NO_AT_BRIDGE=1 GDK_DEBUG=gl-disable
#   exported, and
#   GTK_A11Y=test (unless set): NO_AT_BRIDGE only silences GTK 3's atk-bridge;
#   GTK 4 ignores it and would D-Bus-activate the accessibility bus
#   (at-spi-bus-launcher, at-spi2-registryd) in every test. GTK_A11Y=test
#   swaps GTK 4's AT-SPI backend for its in-process test backend, so that
#   gtk_test_accessible_check_property() and friends still work (with
#   GTK_A11Y=none widgets would have no accessible context at all);
#   GSETTINGS_BACKEND defaults to "memory" (a test never touches dconf).
#
# Why not `xvfb-run -a`: it picks the first display number without a lock file
# and only then starts Xvfb, so two tests started together (meson runs two at a
# time) can pick the same number; the loser fails with "Xvfb failed to start",
# an exit status that cannot be told apart from the test's own failure, so it
# cannot be retried safely. Instead Xvfb chooses the display itself
# (`-displayfd`): it takes the lock file atomically, tries the next number when
# one is taken, and writes the number it got once it accepts connections.
# shellcheck disable=SC2317  # the cleanup functions run from traps
set -u

if [ $# -eq 0 ]; then
  echo "usage: $0 CMD [ARGS…]" >&2
  exit 2
fi

for tool in Xvfb dbus-run-session; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "run-with-display: $tool is not installed (apt-get install xvfb dbus)" >&2
    exit 99   # meson: hard error, not a skip
  fi
done

tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/run-with-display.XXXXXX") || exit 99
xvfb_pid=
child=

cleanup() {
  if [ -n "$child" ] && kill -0 "$child" 2>/dev/null; then
    pkill -TERM -P "$child" 2>/dev/null
    kill -TERM "$child" 2>/dev/null
    wait "$child" 2>/dev/null
  fi
  if [ -n "$xvfb_pid" ] && kill -0 "$xvfb_pid" 2>/dev/null; then
    kill -TERM "$xvfb_pid" 2>/dev/null
    # Xvfb removes its lock file and socket when it exits on SIGTERM.
    for _ in $(seq 50); do kill -0 "$xvfb_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$xvfb_pid" 2>/dev/null
    wait "$xvfb_pid" 2>/dev/null
  fi
  rm -rf "$tmpdir"
}
trap cleanup EXIT

forward() {
  # Pass a termination signal (meson's timeout, ^C, kill) on to the test; the
  # loop below then collects its exit status and the EXIT trap stops Xvfb.
  # dbus-run-session dies on SIGTERM without passing it on, which would leave
  # CMD and the bus daemon running: signal its children (CMD, dbus-daemon)
  # first, by parent pid. (Meson's timeout signals the whole process group
  # anyway; this covers a signal sent to this script alone.)
  if [ -n "$child" ]; then
    pkill --signal "$1" -P "$child" 2>/dev/null
    kill -s "$1" "$child" 2>/dev/null
  fi
}
trap 'forward TERM' TERM
trap 'forward INT' INT
trap 'forward HUP' HUP

start_xvfb() {
  local fifo="$tmpdir/displayfd" display=
  rm -f "$fifo"
  mkfifo "$fifo" || return 1
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset \
    3>"$fifo" >"$tmpdir/xvfb.log" 2>&1 </dev/null &
  xvfb_pid=$!
  # Xvfb writes "N\n" once it is ready; EOF (empty) when it dies first.
  read -r -t 30 display <"$fifo"
  if [ -z "$display" ] || ! kill -0 "$xvfb_pid" 2>/dev/null; then
    kill -KILL "$xvfb_pid" 2>/dev/null
    wait "$xvfb_pid" 2>/dev/null
    xvfb_pid=
    return 1
  fi
  DISPLAY=":$display"
}

started=
for attempt in 1 2 3; do
  if start_xvfb; then started=1; break; fi
  echo "run-with-display: Xvfb did not start (attempt $attempt):" >&2
  sed 's/^/  Xvfb: /' "$tmpdir/xvfb.log" >&2
  sleep "$attempt"
done
if [ -z "$started" ]; then
  echo "run-with-display: giving up, no X display" >&2
  exit 99
fi

export DISPLAY
export GSK_RENDERER=cairo
# Cairo draws; GL is never used. Without gl-disable GDK still probes GL as
# it opens the display: Mesa loads its driver and unloads it, and what the
# driver allocated then shows, under LeakSanitizer and valgrind, as leaks
# from an unknown module that no suppression can name.
export GDK_DEBUG="${GDK_DEBUG:+$GDK_DEBUG,}gl-disable"
export GDK_BACKEND=x11
export NO_AT_BRIDGE=1
export GTK_A11Y="${GTK_A11Y:-test}"
export GSETTINGS_BACKEND="${GSETTINGS_BACKEND:-memory}"
# Never talk to the developer's own session by accident.
unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS XAUTHORITY

# In the background (keeping stdin) so that the traps above run at once.
# The session bus daemon's own chatter ("Failed to set fd limit" as root,
# every service activation) goes to a log file instead of the test's output.
cat >"$tmpdir/dbus-daemon" <<EOF_DAEMON
#!/bin/sh
exec dbus-daemon "\$@" 2>>"$tmpdir/dbus-daemon.log"
EOF_DAEMON
chmod +x "$tmpdir/dbus-daemon"
daemon_opt=--dbus-daemon="$tmpdir/dbus-daemon"
"$tmpdir/dbus-daemon" --version >/dev/null 2>&1 || daemon_opt=--dbus-daemon=dbus-daemon  # noexec $TMPDIR
dbus-run-session "$daemon_opt" -- "$@" <&0 &
child=$!
while :; do
  wait "$child"
  status=$?
  if ! kill -0 "$child" 2>/dev/null; then
    # wait may have been interrupted by a trapped signal just before the
    # child ended: ask once more for its real status.
    wait "$child" 2>/dev/null
    again=$?
    [ "$again" -ne 127 ] && status=$again
    break
  fi
done
child=
exit "$status"
