#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# run-e2e.sh TEST.py [ARGS…]
#
# Runs one end-to-end test in a session of its own and exits with the test's
# exit status:
#
#   Xvfb (1280x800x24, display chosen by Xvfb itself)
#   └ dbus-run-session (a private session bus)
#     ├ /usr/libexec/at-spi-bus-launcher --launch-immediately (the AT-SPI bus;
#     │   at-spi2-registryd is D-Bus-activated on it by the first client)
#     └ /usr/bin/python3 TEST.py ARGS…
#         LANG=LC_ALL=fr_FR.UTF-8 LANGUAGE=fr GSK_RENDERER=cairo
#         GDK_BACKEND=x11 GSETTINGS_BACKEND=memory
#
# Every process started here is stopped before it returns: the test program,
# whatever is still connected to the private session bus or the AT-SPI bus
# (at-spi2-registryd daemonises out of the tree), the bus launcher, Xvfb, and
# any orphan left in this script's process group.
#
# Why Xvfb -displayfd and not `xvfb-run -a`: see tests/run-with-display.sh
# (xvfb-run -a races when meson starts two tests at once).
#
# Exit status: the test's; 99 (meson: ERROR) when the session cannot be set
# up (a missing tool, no fr_FR.UTF-8 locale, Xvfb or the AT-SPI bus not coming
# up); 128+n when the test is killed by signal n.
# shellcheck disable=SC2317  # the cleanup functions run from traps
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

die() {
  echo "run-e2e: $*" >&2
  exit 99
}

# Processes whose parent is PID, recursively, deepest first.
descendants() {
  local p
  for p in $(ps -o pid= --ppid "$1" 2>/dev/null); do
    descendants "$p"
    echo "$p"
  done
}

# TERM the given pids, give them up to 3 s, then KILL what is left.
stop_pids() {
  local p alive
  [ $# -eq 0 ] && return 0
  kill -TERM "$@" 2>/dev/null
  for _ in $(seq 30); do
    alive=
    for p in "$@"; do
      # A zombie is dead enough (the container's pid 1 may never reap it).
      if kill -0 "$p" 2>/dev/null && [ "$(ps -o stat= -p "$p" 2>/dev/null | cut -c1)" != Z ]; then
        alive=1
        break
      fi
    done
    [ -z "$alive" ] && return 0
    sleep 0.1
  done
  kill -KILL "$@" 2>/dev/null
  return 0
}

# The pids of every peer of a bus (except the bus daemon itself).
bus_peers() {
  local names n
  names=$(gdbus call "$@" --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
            --method org.freedesktop.DBus.ListNames 2>/dev/null) || return 0
  for n in $(grep -o "':[0-9.]*'" <<<"$names" | tr -d "'"); do
    gdbus call "$@" --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
      --method org.freedesktop.DBus.GetConnectionUnixProcessID "$n" 2>/dev/null |
      grep -o '[0-9]\+' | head -n1
  done | sort -u
}

# ---------------------------------------------------------------------------
# Inside the private session bus (run-e2e.sh re-executes itself here).
# ---------------------------------------------------------------------------
inside() {
  local launcher_pid test_pid='' a11y_address='' status

  inside_cleanup() {
    local peers=() p
    if [ -n "$test_pid" ] && kill -0 "$test_pid" 2>/dev/null; then
      # shellcheck disable=SC2046
      stop_pids $(descendants "$test_pid") "$test_pid"
    fi
    # Everyone still on either bus was started for this test (the registry
    # daemon, anything the app activated); never this shell itself.
    for p in $( [ -n "$a11y_address" ] && bus_peers --address "$a11y_address"; bus_peers --session); do
      [ "$p" != "$$" ] && [ "$p" != "$BASHPID" ] && peers+=("$p")
    done
    # shellcheck disable=SC2046
    stop_pids "${peers[@]}" $(descendants "$launcher_pid") "$launcher_pid"
  }
  trap inside_cleanup EXIT
  trap 'forward TERM' TERM
  trap 'forward INT' INT
  trap 'forward HUP' HUP
  forward() {
    [ -n "$test_pid" ] && kill -s "$1" "$test_pid" 2>/dev/null
  }

  # Its output (and that of the AT-SPI bus daemon it starts, which logs every
  # activation) goes to a file, shown only if the bus does not come up.
  local launcher_log="${ACCUEIL_E2E_SESSION_TMP:-/tmp}/at-spi-bus-launcher.log"
  /usr/libexec/at-spi-bus-launcher --launch-immediately </dev/null >"$launcher_log" 2>&1 &
  launcher_pid=$!
  # Wait for it to own org.a11y.Bus before asking for the address: a call to
  # org.a11y.Bus before that would make the session bus D-Bus-activate a
  # second launcher (/usr/share/dbus-1/services/org.a11y.Bus.service).
  for _ in $(seq 100); do
    if gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
         --method org.freedesktop.DBus.NameHasOwner org.a11y.Bus 2>/dev/null | grep -q true; then
      a11y_address=$(gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
                       --method org.a11y.Bus.GetAddress 2>/dev/null |
                     sed -n "s/^('\(.*\)',)$/\1/p")
      [ -n "$a11y_address" ] && break
    fi
    kill -0 "$launcher_pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$a11y_address" ]; then
    sed 's/^/  at-spi-bus-launcher: /' "$launcher_log" >&2
    die "the AT-SPI bus did not come up (at-spi-bus-launcher)"
  fi

  export LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8 LANGUAGE=fr
  export GSK_RENDERER=cairo GDK_BACKEND=x11 GSETTINGS_BACKEND=memory
  export PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
  export PYTHONPATH="$here${PYTHONPATH:+:$PYTHONPATH}"
  unset NO_AT_BRIDGE GTK_A11Y WAYLAND_DISPLAY

  /usr/bin/python3 "$@" <&0 &
  test_pid=$!
  while :; do
    wait "$test_pid"
    status=$?
    if ! kill -0 "$test_pid" 2>/dev/null; then
      wait "$test_pid" 2>/dev/null
      local again=$?
      [ "$again" -ne 127 ] && status=$again
      break
    fi
  done
  exit "$status"
}

if [ "${1:-}" = "--inside-session" ]; then
  shift
  inside "$@"
fi

# ---------------------------------------------------------------------------
# Outside: checks, Xvfb, then the private session bus.
# ---------------------------------------------------------------------------
if [ $# -eq 0 ]; then
  echo "usage: $0 TEST.py [ARGS…]" >&2
  exit 2
fi

for tool in Xvfb dbus-run-session gdbus xdotool import /usr/libexec/at-spi-bus-launcher /usr/bin/python3; do
  command -v "$tool" >/dev/null 2>&1 ||
    die "$tool is missing (apt-get install xvfb dbus libglib2.0-bin xdotool imagemagick at-spi2-core python3-pyatspi)"
done
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null ||
  die "/usr/bin/python3 cannot import pyatspi (apt-get install python3-pyatspi)"
if ! locale -a 2>/dev/null | grep -qiE '^fr_FR\.utf-?8$'; then
  die "the fr_FR.UTF-8 locale is not available (locale -a); generate it:
  sed -i 's/^# *fr_FR.UTF-8/fr_FR.UTF-8/' /etc/locale.gen && locale-gen
(build-aux/dev setup does this)"
fi

tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/run-e2e.XXXXXX") || die "mktemp failed"
xvfb_pid=
child=

outside_cleanup() {
  if [ -n "$child" ] && kill -0 "$child" 2>/dev/null; then
    # shellcheck disable=SC2046
    stop_pids $(descendants "$child") "$child"
  fi
  [ -n "$xvfb_pid" ] && stop_pids "$xvfb_pid"
  # Orphans (parent now pid 1) left in our process group, when the group is
  # ours (meson starts each test in a new session; a shell starts each job
  # in a new group): they can only come from this test.
  if [ "$(ps -o pgid= -p $$ | tr -d ' ')" = "$$" ]; then
    local orphans
    orphans=$(ps -eo pid=,ppid=,pgid=,stat= |
              awk -v g=$$ '$3 == g && $2 == 1 && $4 !~ /^Z/ { print $1 }')
    # shellcheck disable=SC2086
    [ -n "$orphans" ] && stop_pids $orphans
  fi
  rm -rf "$tmpdir"
}
trap outside_cleanup EXIT

forward_outside() {
  # dbus-run-session dies on SIGTERM without passing it on: signal its
  # children (the inner shell, the bus daemon) first, by parent pid.
  if [ -n "$child" ]; then
    pkill --signal "$1" -P "$child" 2>/dev/null
    kill -s "$1" "$child" 2>/dev/null
  fi
}
trap 'forward_outside TERM' TERM
trap 'forward_outside INT' INT
trap 'forward_outside HUP' HUP

start_xvfb() {
  local fifo="$tmpdir/displayfd" display=
  rm -f "$fifo"
  mkfifo "$fifo" || return 1
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset \
    3>"$fifo" >"$tmpdir/xvfb.log" 2>&1 </dev/null &
  xvfb_pid=$!
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
  echo "run-e2e: Xvfb did not start (attempt $attempt):" >&2
  sed 's/^/  Xvfb: /' "$tmpdir/xvfb.log" >&2
  sleep "$attempt"
done
[ -n "$started" ] || die "giving up, no X display"

export DISPLAY
unset DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS XAUTHORITY WAYLAND_DISPLAY

# The session bus daemon's own chatter ("Failed to set fd limit" as root,
# every service activation) goes to a log file instead of the test's output.
cat >"$tmpdir/dbus-daemon" <<EOF_DAEMON
#!/bin/sh
exec dbus-daemon "\$@" 2>>"$tmpdir/dbus-daemon.log"
EOF_DAEMON
chmod +x "$tmpdir/dbus-daemon"
daemon_opt=--dbus-daemon="$tmpdir/dbus-daemon"
"$tmpdir/dbus-daemon" --version >/dev/null 2>&1 || daemon_opt=--dbus-daemon=dbus-daemon  # noexec $TMPDIR
export ACCUEIL_E2E_SESSION_TMP="$tmpdir"
dbus-run-session "$daemon_opt" -- bash "$here/run-e2e.sh" --inside-session "$@" <&0 &
child=$!
while :; do
  wait "$child"
  status=$?
  if ! kill -0 "$child" 2>/dev/null; then
    wait "$child" 2>/dev/null
    again=$?
    [ "$again" -ne 127 ] && status=$again
    break
  fi
done
exit "$status"
