# SPDX-License-Identifier: GPL-3.0-or-later
"""accueil_e2e — drive the real `accueil` binary for end-to-end tests.

Run a test with tests/e2e/run-e2e.sh (it provides Xvfb, a private D-Bus
session, the AT-SPI bus and the French locale), under /usr/bin/python3
(Debian's pyatspi). Plain Python 3.11 standard library + pyatspi.

Environment: ACCUEIL_BIN, ACCUEIL_CLI_BIN (the two binaries),
ACCUEIL_E2E_OUTDIR (screenshots, logs, tree dumps, test databases),
GSETTINGS_SCHEMA_DIR and ACCUEIL_LOCALEDIR (passed on to the app).

A test looks like this:

    import accueil_e2e as e2e

    def test_something():
        e2e.new_database('test_something')
        e2e.cli('demo')
        app = e2e.App(['--staff', 'Claire Dubois'])
        app.key('alt+2')
        app.wait_for(lambda: app.selected_tab() == 'Physique',
                     message='Alt+2 should show the Physique page')
        app.screenshot('something')
        e2e.check(app.quit() == 0, 'accueil should exit with status 0')

    if __name__ == '__main__':
        e2e.main(test_something)

What GTK 4.8.3 / libadwaita 1.2.2 put on the AT-SPI bus (Debian 12), as
measured on throwaway windows built like Accueil's and on the first builds
of Accueil itself:

* Finding the app: the application node is named g_get_application_name(),
  i.e. the program name 'accueil' unless the app calls
  g_set_application_name(). App() matches by process id first
  (Accessible.get_process_id()), by name only as a fallback. A GTK window,
  and Accueil's, is on the bus 0.1–0.25 s after exec; App() allows 30 s.
* Roles (getRoleName()): AdwViewSwitcher and GtkStackSwitcher are a
  'page tab list' of 'page tab's named after the page titles, each holding
  'label's with the same title (AdwViewSwitcher: twice, wide and narrow
  layouts). An AdwViewSwitcherTitle holds two AdwViewSwitchers and an
  AdwViewSwitcherBar a third, so every tab is in the tree three times
  (App.tab_names() dedups). No 'toggle button' anywhere: GtkToggleButton
  is a 'push button' with 'pressed' when active; GtkCheckButton is a
  'check box' with 'checked'; GtkEntry / AdwEntryRow are 'text'; GtkLabel
  is 'label'; AdwComboRow is 'combo box'; GtkListBox and GtkListView are a
  'list' of 'list item's; a GtkColumnView is a 'tree table' holding one
  header 'table row' (of 'filler' GtkColumnViewTitle nodes) then a 'list'
  named 'GtkColumnListView' of 'table row's, each a row of 'table cell's
  holding the cell widgets; the window is a 'frame'.
* Names: a node with no accessible name is named after its GObject type
  ('AdwViewSwitcher', 'GtkListItemWidget', 'GtkColumnViewCell',
  'GtkMenuButton', 'AdwFlap'), never ''; 'list item' and 'panel' nodes are
  named ''. Labels are named by their text, so a row's text is the text of
  the labels under it: row_text().
  GTK 4.8 doubles button names: "<label property> <child label text>", so a
  button "_Enregistrer" (use-underline) is named '_Enregistrer Enregistrer'
  and one with accessible label "Fermer la fiche" and text "Fermer" is
  'Fermer la fiche Fermer'; a plain "Annuler" stays 'Annuler'. clean_name()
  undoes that, and find(name=…) matches either form. An entry named by a
  mnemonic label ("_Nom") is named 'Nom'.
* Text interface: getText(0, -1) returns '' in GTK 4.8; ask for
  getText(0, characterCount) (text() does).
* States: 'showing' is set on the frame only, 'visible' on every node in the
  tree. The page tab on screen has 'selected' and 'pressed' (never
  'checked'); the widget with keyboard focus has 'focused' (the first tab
  keeps it after Alt+2: the shortcut does not move focus); selected rows
  have 'selected'. Which page of a stack is on screen is only readable from
  the selected page tab (App.selected_tab()).
* What is in the tree: a widget hidden with gtk_widget_set_visible(FALSE)
  is *not* in the tree; a child that is merely not mapped *stays* in it,
  indistinguishable from a visible one: the hidden pages of a GtkStack /
  AdwViewStack (an AdwStatusPage "No Calls Yet" and the list it replaces
  are both there), the content of a GtkRevealer that is not revealed, the
  flap of an AdwFlap whose reveal-flap is FALSE. So "a pane appears" is
  only observable if the app hides it with gtk_widget_set_visible().
  A GtkListView / GtkColumnView puts only the rows it has built in the tree:
  for a 300-row model, about 200 rows around the visible ones.
* Actions: buttons and page tabs offer 'click' (do_action() works); the frame
  lists the window's and the application's parameterless GActions by name
  ('window.close', 'win.toggle-inbox'…). GTK 4 gives no screen coordinates:
  drive with xdotool keys and AT-SPI actions, not positions.
* Focus: with no window manager a new window does not get the keyboard;
  App() does `xdotool search --sync --onlyvisible --pid PID` then
  `xdotool mousemove 400 300 windowfocus WINDOW` (App.focus() again after a
  new window opens).
* Walking: a node can die under the walker (a row recycled while scrolling,
  a dialog closed); every accessor here catches that and returns a neutral
  value; walks are depth- and size-bounded. Screenshots wait 0.4 s for
  libadwaita's animations (~250 ms) to end.
"""

import atexit
import json
import os
import signal
import subprocess
import sys
import time
import traceback
import unicodedata

import pyatspi

MAX_DEPTH = 64          # deeper than any GTK 4 window seen (about 25)
MAX_NODES = 20000       # a walk stops after this many nodes
APP_TIMEOUT = 30        # seconds for the app to appear on the AT-SPI bus

_live_apps = []
_current_test = None
DATABASE = None         # the database cli() and App() use unless told


class TestFailure(AssertionError):
    """A failed expectation; main() prints its message without a traceback."""


def check(condition, message):
    """Like assert, but survives python -O and always carries a message."""
    if not condition:
        raise TestFailure(message)
    return condition


# ---------------------------------------------------------------------------
# Environment
# ---------------------------------------------------------------------------

def outdir():
    """ACCUEIL_E2E_OUTDIR, created if needed (default: ./e2e-output)."""
    path = os.environ.get('ACCUEIL_E2E_OUTDIR') or os.path.join(os.getcwd(), 'e2e-output')
    os.makedirs(path, exist_ok=True)
    return path


def _binary(var):
    path = os.environ.get(var)
    if not path:
        raise TestFailure(f'{var} is not set (the meson test sets it; by hand: '
                          f'{var}=_build/src/... tests/e2e/run-e2e.sh TEST.py)')
    if not os.access(path, os.X_OK):
        raise TestFailure(f'{var}={path} is not an executable file (built yet?)')
    return path


def new_database(name):
    """A fresh database path OUTDIR/NAME.db (old copy and -wal/-shm removed);
    becomes the default database of cli() and App()."""
    global DATABASE
    path = os.path.join(outdir(), name if name.endswith('.db') else name + '.db')
    for suffix in ('', '-wal', '-shm', '-journal'):
        try:
            os.remove(path + suffix)
        except FileNotFoundError:
            pass
    DATABASE = path
    return path


def translation_hint():
    """Where the French catalogue should be, and whether it is there."""
    localedir = os.environ.get('ACCUEIL_LOCALEDIR')
    if not localedir:
        return 'ACCUEIL_LOCALEDIR is not set: the app reads its installed catalogue'
    mo = os.path.join(localedir, 'fr', 'LC_MESSAGES', 'accueil.mo')
    if os.path.exists(mo):
        return f'{mo} exists'
    return f'{mo} is MISSING (built? fr in po/LINGUAS?)'


def _app_env():
    env = dict(os.environ)
    env.pop('ACCUEIL_DATABASE', None)       # always --database, never a stray one
    localedir = os.environ.get('ACCUEIL_LOCALEDIR')
    if localedir:
        env['ACCUEIL_LOCALEDIR'] = localedir
    return env


# ---------------------------------------------------------------------------
# The command-line tool
# ---------------------------------------------------------------------------

class CliError(TestFailure):
    pass


def cli(*args, database=None, timeout=60):
    """Run `accueil-cli --database DB ARGS…`; return stdout; raise CliError
    (with stderr) on a non-zero exit."""
    db = database or DATABASE
    if not db:
        raise TestFailure('cli(): no database; call new_database() first or pass database=')
    cmd = [_binary('ACCUEIL_CLI_BIN'), '--database', db, *map(str, args)]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                           env=_app_env(), stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise CliError(f'{" ".join(cmd)} did not finish within {timeout} s')
    if r.returncode != 0:
        raise CliError(f'{" ".join(cmd)} exited with {r.returncode}:\n{r.stderr.strip()}')
    return r.stdout


def cli_json(*args, database=None):
    """cli(…) parsed as JSON (pass '--format', 'json' yourself)."""
    out = cli(*args, database=database)
    try:
        return json.loads(out)
    except json.JSONDecodeError as e:
        raise CliError(f'accueil-cli {" ".join(args)} did not print JSON ({e}):\n{out[:500]}')


# ---------------------------------------------------------------------------
# Reading the accessible tree (every accessor survives dead nodes)
# ---------------------------------------------------------------------------

def _state_type(state):
    try:
        return getattr(pyatspi, 'STATE_' + state.upper().replace(' ', '_').replace('-', '_'))
    except AttributeError:
        raise ValueError(f'unknown AT-SPI state {state!r}') from None


def has_state(node, state):
    """True when NODE has STATE ('checked', 'selected', 'focused', 'pressed',
    'showing', 'visible', 'sensitive', …); False for a dead node."""
    st = _state_type(state)
    try:
        return node.getState().contains(st)
    except Exception:
        return False


def states(node):
    """The set of state names of NODE (empty for a dead node)."""
    try:
        return {pyatspi.stateToString(s) for s in node.getState().getStates()}
    except Exception:
        return set()


def role(node):
    try:
        return node.getRoleName()
    except Exception:
        return None


def name(node):
    try:
        return node.name or ''
    except Exception:
        return ''


def _strip_mnemonic(s):
    return s.replace('__', '\0').replace('_', '').replace('\0', '_')


def clean_name(node):
    """NODE's name without GTK 4.8's doubling. GTK 4.8 names a button (and a
    page tab, a toggle button) "<its label property> <its child label's
    text>": a button made with "_Enregistrer" is named '_Enregistrer
    Enregistrer', one with an accessible label "Fermer la fiche" and the
    label "Fermer" is named 'Fermer la fiche Fermer'. This returns
    'Enregistrer' and 'Fermer la fiche' for those, and the name unchanged
    otherwise."""
    n = name(node)
    if ' ' not in n:
        return n
    for t in label_texts(node, max_nodes=64)[:1]:
        if n != t and n.endswith(' ' + t):
            return _strip_mnemonic(n[:-len(t) - 1])
    return n


def name_is(node, wanted):
    """True when NODE's name or clean_name() is WANTED."""
    n = name(node)
    if n == wanted:
        return True
    return wanted in n and clean_name(node) == wanted


def text(node):
    """The text of a label or entry (Text interface), else its name."""
    try:
        t = node.queryText()
        n = t.characterCount
        return t.getText(0, n) if n > 0 else ''
    except Exception:
        return name(node)


def _iter_children(node):
    """NODE's children that answer, one D-Bus call at a time (a list view's
    hundreds of rows are only fetched as far as a search goes)."""
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(max(0, min(count, MAX_NODES))):
        try:
            c = node.getChildAtIndex(i)
        except Exception:
            continue
        if c is not None:
            yield c


def children(node):
    """NODE's children that answer; never raises."""
    return list(_iter_children(node))


def walk(root, max_depth=MAX_DEPTH, max_nodes=MAX_NODES, prune=None):
    """Depth-first, document-order (node, depth) pairs under ROOT, root
    included; lazy, bounded in depth and size; dead branches are skipped.
    When PRUNE(node) is true the node is yielded but its subtree is not
    visited.

    Each node costs a few D-Bus round trips (~0.35 ms a node): Accueil's main
    window with a few hundred rows built is ~4000 nodes, ~1.5 s a walk. Prune
    (the subtrees of rows, lists) when looking for something else, and stop
    early (find(), first_row()) when one match is enough."""
    yield root, 0
    seen = 1
    stack = [(_iter_children(root), 1)] if max_depth > 0 else []
    while stack:
        it, depth = stack[-1]
        node = next(it, None)
        if node is None:
            stack.pop()
            continue
        yield node, depth
        seen += 1
        if seen >= max_nodes:
            return
        if depth >= max_depth:
            continue
        if prune is not None:
            try:
                if prune(node):
                    continue
            except Exception:
                continue
        stack.append((_iter_children(node), depth + 1))


def prune_roles(*roles_):
    """A prune function for walk()/find(): do not look inside nodes of these
    roles."""
    wanted = frozenset(roles_)
    return lambda node: role(node) in wanted


# Do not look inside rows (most of a window's nodes are cells of its lists).
PRUNE_ROWS = prune_roles('list item', 'table row', 'tree item')

# Where no view-switcher tab or pane can be: lists, tables, rows, and tabs.
PRUNE_CONTENT = prune_roles('list', 'tree table', 'table', 'list item', 'table row',
                            'page tab', 'tree item')


def _matches(node, role_, name_, predicate):
    if role_ is not None:
        r = role(node)
        if isinstance(role_, (tuple, list, set, frozenset)):
            if r not in role_:
                return False
        elif r != role_:
            return False
    if name_ is not None and not name_is(node, name_):
        return False
    if predicate is not None:
        try:
            return bool(predicate(node))
        except Exception:
            return False
    return True


def find_all(root, role=None, name=None, predicate=None, max_depth=MAX_DEPTH, prune=None):
    """Every node under ROOT (root included) whose role is ROLE (a role name
    or a tuple of them), whose name is NAME (exactly, or once cleaned of
    GTK 4.8's doubling: clean_name()), and for which PREDICATE(node) is
    true; None means any. PRUNE: see walk()."""
    return [n for n, _ in walk(root, max_depth, prune=prune)
            if _matches(n, role, name, predicate)]


def find(root, role=None, name=None, predicate=None, max_depth=MAX_DEPTH, prune=None):
    """The first node find_all() would return, or None."""
    for n, _ in walk(root, max_depth, prune=prune):
        if _matches(n, role, name, predicate):
            return n
    return None


def label_texts(node, max_nodes=2000):
    """The texts of the labels (and text fields) under NODE, in order, without
    the GObject type names GTK 4.8 gives unnamed nodes."""
    out = []
    for n, _ in walk(node, max_depth=16, max_nodes=max_nodes):
        if n is node:
            continue
        if role(n) in ('label', 'text', 'entry', 'password text'):
            t = text(n)
            if t:
                out.append(t)
    return out


def row_text(node):
    """A row's text: its own name if it has one that is not a type name,
    else its labels joined with ' | '."""
    n = name(node)
    if n and not _looks_like_type_name(n):
        return n
    return ' | '.join(label_texts(node))


def _looks_like_type_name(s):
    return s.isidentifier() and s[:3] in ('Gtk', 'Adw') and ' ' not in s


ROW_ROLES = ('list item', 'table row', 'row header', 'tree item')


def rows(container):
    """Rows under CONTAINER: 'list item's (GtkListView, GtkListBox) and the
    'table row's of a GtkColumnView that hold cells (its header row holds
    none). Only the rows GTK has built are in the tree."""
    out = []
    for n in find_all(container, role=ROW_ROLES, prune=prune_roles(*ROW_ROLES)):
        if role(n) == 'table row' and not any(role(c) == 'table cell' for c in children(n)):
            continue            # a GtkColumnView's header row
        out.append(n)
    return out


def first_row(container, predicate):
    """The first row (see rows()) for which PREDICATE(row) is true, or None;
    stops at the first, so it is cheaper than filtering rows()."""
    for n, _ in walk(container, prune=prune_roles(*ROW_ROLES)):
        if role(n) not in ROW_ROLES:
            continue
        if role(n) == 'table row' and not any(role(c) == 'table cell' for c in children(n)):
            continue
        try:
            if predicate(n):
                return n
        except Exception:
            continue
    return None


def dump(node, max_depth=MAX_DEPTH):
    """The tree under NODE as indented text: role, name, states, text."""
    boring = {'enabled', 'sensitive', 'visible', 'focusable'}
    lines = []
    for n, depth in walk(node, max_depth):
        r = role(n)
        if r is None:
            lines.append('  ' * depth + '(dead node)')
            continue
        st = sorted(states(n) - boring)
        extra = ''
        if r in ('label', 'text', 'entry'):
            t = text(n)
            if t != name(n):
                extra = f' text={t!r}'
        lines.append('  ' * depth + f'[{r}] {name(n)!r}{" " + ",".join(st) if st else ""}{extra}')
    return '\n'.join(lines)


def do_action(node, action_name='click'):
    """Run NODE's AT-SPI action ACTION_NAME ('click' on buttons and tabs)."""
    act = node.queryAction()
    for i in range(act.nActions):
        if act.getName(i) == action_name:
            return act.doAction(i)
    raise TestFailure(f'{role(node)} {name(node)!r} has no action {action_name!r}; it has '
                      f'{[act.getName(i) for i in range(act.nActions)]}')


# ---------------------------------------------------------------------------
# Waiting, X input, screenshots
# ---------------------------------------------------------------------------

def wait_for(fn, timeout=5, interval=0.1, message=None):
    """Poll FN() until it returns something truthy, and return that. On
    timeout raise TestFailure(MESSAGE), with FN's last exception if any.
    MESSAGE may be a function, called only on timeout (for messages that
    describe the tree: a full walk costs a second or two)."""
    deadline = time.monotonic() + timeout
    last_exc = None
    while True:
        try:
            value = fn()
            if value:
                return value
            last_exc = None
        except TestFailure:
            raise
        except Exception as e:          # a dead node, a D-Bus hiccup: retry
            last_exc = e
        if time.monotonic() >= deadline:
            what = message() if callable(message) else message
            what = what or f'condition {getattr(fn, "__name__", fn)} not met'
            if last_exc is not None:
                what += f' (last error: {last_exc!r})'
            raise TestFailure(f'{what} — waited {timeout} s')
        time.sleep(interval)


def xdotool(*args, timeout=15):
    try:
        r = subprocess.run(['xdotool', *map(str, args)], capture_output=True, text=True,
                           timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise TestFailure(f'xdotool {" ".join(map(str, args))} did not return within {timeout} s')
    if r.returncode != 0:
        raise TestFailure(f'xdotool {" ".join(map(str, args))} failed: {r.stderr.strip()}')
    return r.stdout


def screenshot(name, settle=0.4):
    """Save the whole X screen as OUTDIR/NAME.png; return the path. Waits
    SETTLE s first so that libadwaita's animations (~250 ms) are over."""
    time.sleep(settle)
    if not name.endswith('.png'):
        name += '.png'
    path = os.path.join(outdir(), name)
    r = subprocess.run(['import', '-window', 'root', path], capture_output=True, text=True,
                       timeout=30, stdin=subprocess.DEVNULL)
    if r.returncode != 0:
        raise TestFailure(f'import -window root {path} failed: {r.stderr.strip()}')
    print(f'screenshot: {path}', flush=True)
    return path


# ---------------------------------------------------------------------------
# The application
# ---------------------------------------------------------------------------


# Forms and typing, as an agent does ------------------------------------------

def without_accents(s):
    """« Hélène » → « Helene »: what an agent in a hurry types."""
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


def prefix_for(name):
    """What an agent would type for « Hélène Dupré-Le Goff »: « helen dupr »,
    the first letters of the first two words, without accents."""
    words = [w for w in without_accents(name).lower().replace('-', ' ').split() if w.isalpha()]
    return ' '.join(w[:5] for w in words[:2])


def window_titled(app, titles):
    """The app's top-level window whose title starts with one of TITLES
    (French and English), or None."""
    for w in app.windows():
        if any(name(w).startswith(t) for t in titles):
            return w
    return None


def focus_other_window(app, main_window_id, timeout=10):
    """Give the keyboard to the app's visible X window that is not the main
    one (a form or a dialog): without a window manager under Xvfb, a new
    window does not get it by itself."""
    def other():
        out = subprocess.run(['xdotool', 'search', '--onlyvisible', '--pid', str(app.pid)],
                             capture_output=True, text=True, timeout=10,
                             stdin=subprocess.DEVNULL).stdout.split()
        others = [w for w in out if w != main_window_id]
        return others[-1] if others else None
    window = app.wait_for(other, timeout=timeout, message='the new window has no visible X window')
    xdotool('mousemove', 400, 300, 'windowfocus', '--sync', window)
    return window


class App:
    """The `accueil` binary, started with `--database DATABASE ARGS…`, found on
    the AT-SPI bus and given the keyboard.

    .root   the application's accessible node
    .pid, .log_path (stdout+stderr of the app), .returncode (after quit())
    """

    _count = 0

    def __init__(self, args=(), database=None, binary=None, timeout=APP_TIMEOUT,
                 program_name='accueil', env=None):
        App._count += 1
        self.database = database or DATABASE
        if not self.database:
            raise TestFailure('App(): no database; call new_database() first or pass database=')
        self.program_name = program_name
        self.binary = binary or _binary('ACCUEIL_BIN')
        self.argv = [self.binary, '--database', self.database, *map(str, args)]
        stem = _current_test or 'accueil'
        self.log_path = os.path.join(outdir(), f'{stem}-app{App._count}.log')
        self._log = open(self.log_path, 'w')
        self._log.write('$ ' + ' '.join(self.argv) + '\n')
        self._log.flush()
        self.returncode = None
        self.started = time.monotonic()
        self.proc = subprocess.Popen(self.argv, stdout=self._log, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, env={**_app_env(), **(env or {})})
        self.pid = self.proc.pid
        _live_apps.append(self)
        self.root = self._find_on_bus(timeout)
        self.bus_seconds = time.monotonic() - self.started
        self.window_id = None
        self.focus()
        print(f'accueil (pid {self.pid}) on the AT-SPI bus after {self.bus_seconds:.2f} s, '
              f'window {self.window_id}', flush=True)

    # -- start-up ----------------------------------------------------------

    def _find_on_bus(self, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise TestFailure(f'accueil exited with {self.proc.returncode} before its window '
                                  f'appeared; its log:\n{self.log_tail()}')
            by_name = None
            try:
                desktop = pyatspi.Registry.getDesktop(0)
                for a in children(desktop):
                    try:
                        if a.get_process_id() == self.pid:
                            return a
                    except Exception:
                        pass
                    if name(a).lower() == self.program_name.lower():
                        by_name = a
            except Exception:
                pass
            if by_name is not None and len([x for x in _live_apps if x.returncode is None]) == 1:
                return by_name
            time.sleep(0.1)
        raise TestFailure(f'accueil (pid {self.pid}) did not appear on the AT-SPI bus within '
                          f'{timeout} s; its log:\n{self.log_tail()}')

    def focus(self, timeout=20):
        """Give the app's window the keyboard (there is no window manager)."""
        try:
            out = subprocess.run(['xdotool', 'search', '--sync', '--onlyvisible', '--pid',
                                  str(self.pid)], capture_output=True, text=True,
                                 timeout=timeout, stdin=subprocess.DEVNULL).stdout
        except subprocess.TimeoutExpired:
            raise TestFailure(f'no visible X window of pid {self.pid} within {timeout} s')
        ids = out.split()
        check(ids, f'xdotool found no visible window of pid {self.pid}')
        # XQueryTree order is bottom-to-top stacking; with no window manager
        # the last mapped window (a new dialog) is on top: the last one.
        self.window_id = ids[-1]
        xdotool('mousemove', 400, 300, 'windowfocus', '--sync', self.window_id)
        return self.window_id

    # -- input -------------------------------------------------------------

    def key(self, *keys, delay=60):
        """Press KEYS (xdotool names: 'alt+2', 'ctrl+i', 'Return', 'Tab')."""
        xdotool('key', '--delay', delay, *keys)

    def type(self, text_, delay=25):
        """Type TEXT_ as real key events (accents included)."""
        xdotool('type', '--delay', delay, '--', text_)

    # -- reading -----------------------------------------------------------

    def find(self, role=None, name=None, predicate=None, within=None, prune=None):
        return find(within or self.root, role, name, predicate, prune=prune)

    def find_all(self, role=None, name=None, predicate=None, within=None, prune=None):
        return find_all(within or self.root, role, name, predicate, prune=prune)

    def wait_for(self, fn, timeout=5, interval=0.1, message=None):
        self._check_alive()
        try:
            return wait_for(fn, timeout, interval, message)
        except TestFailure:
            self._check_alive()
            raise

    def wait_find(self, role=None, name=None, predicate=None, within=None, timeout=5,
                  message=None, prune=None):
        """find(), polled until it finds something. MESSAGE: see wait_for()."""
        what = message or f'no {role or "node"}{" named " + repr(name) if name else ""} in the tree'
        return self.wait_for(lambda: self.find(role, name, predicate, within, prune), timeout,
                             message=what)

    def windows(self):
        """The app's top-level nodes (frames, dialogs)."""
        return children(self.root)

    def page_tabs(self):
        """The view-switcher tabs: 'page tab' nodes, in order (lists and
        tables are not searched: fast)."""
        return self.find_all(role='page tab', prune=PRUNE_CONTENT)

    def tab_names(self):
        """The distinct names (clean_name()) of the view-switcher tabs, in
        order. An AdwViewSwitcherTitle holds two AdwViewSwitchers (wide and
        narrow) and an AdwViewSwitcherBar a third: each tab is there 3 times."""
        out = []
        for t in self.page_tabs():
            n = clean_name(t)
            if n not in out:
                out.append(n)
        return out

    def selected_tab(self):
        """The name (clean_name()) of the page tab marked 'selected': the
        page on screen."""
        for t in self.page_tabs():
            if has_state(t, 'selected'):
                return clean_name(t)
        return None

    def dump(self):
        return dump(self.root)

    def screenshot(self, name_, settle=0.4):
        return screenshot(name_, settle)

    # -- ending ------------------------------------------------------------

    def _check_alive(self):
        if self.proc.poll() is not None and self.returncode is None:
            self.returncode = self.proc.returncode
            raise TestFailure(f'accueil exited unexpectedly with {self.returncode}; '
                              f'its log:\n{self.log_tail()}')

    def quit(self, timeout=10):
        """Ctrl+Q, then wait; kill after TIMEOUT s. Returns the exit status
        (negative: killed by that signal)."""
        if self.proc.poll() is None:
            try:
                self.key('ctrl+q')
            except TestFailure:
                pass
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                print(f'accueil did not exit {timeout} s after ctrl+q: terminating it',
                      flush=True)
                self.close()
        self.returncode = self.proc.wait()
        self._log.close()
        if self in _live_apps:
            _live_apps.remove(self)
        return self.returncode

    def close(self):
        """Stop the process now (SIGTERM, then SIGKILL); idempotent."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.returncode is None:
            self.returncode = self.proc.returncode
        if not self._log.closed:
            self._log.close()
        if self in _live_apps:
            _live_apps.remove(self)

    def log_text(self):
        try:
            with open(self.log_path, errors='replace') as f:
                return f.read()
        except OSError:
            return ''

    def log_criticals(self):
        """The GLib CRITICAL lines of the app's log so far (programmer
        errors: failed g_return_if_fail() and the like)."""
        return [line for line in self.log_text().splitlines() if '-CRITICAL **' in line]

    def log_tail(self, lines=40):
        try:
            self._log.flush()
        except Exception:
            pass
        return '\n'.join(self.log_text().splitlines()[-lines:])


def _close_all():
    for app in list(_live_apps):
        try:
            app.close()
        except Exception:
            pass


atexit.register(_close_all)


def _on_signal(signum, frame):
    # meson's timeout, ^C: unwind so that finally blocks and atexit run.
    raise SystemExit(128 + signum)


for _sig in (signal.SIGTERM, signal.SIGHUP):
    signal.signal(_sig, _on_signal)


# ---------------------------------------------------------------------------
# Running a test
# ---------------------------------------------------------------------------

def main(test_fn):
    """Run TEST_FN() and exit 0 (passed) or 1 (failed). On failure: a
    screenshot OUTDIR/<test>-failure.png, the accessible tree of each running
    app in OUTDIR/<test>-failure-tree.txt, the tail of each app's log."""
    global _current_test
    test = test_fn.__name__
    _current_test = test
    started = time.monotonic()
    status = 1
    interrupted = False
    try:
        test_fn()
        status = 0
    except TestFailure as e:
        print(f'\nFAIL {test}: {e}', flush=True)
    except AssertionError as e:
        tb = traceback.extract_tb(e.__traceback__)[-1]
        print(f'\nFAIL {test}: {e or "assertion failed"} ({os.path.basename(tb.filename)}:'
              f'{tb.lineno}: {tb.line})', flush=True)
    except (KeyboardInterrupt, SystemExit) as e:
        # meson's timeout: it kills the group 0.5 s later, no time for a report.
        interrupted = True
        print(f'\nFAIL {test}: interrupted ({e!r})', flush=True)
    except Exception:
        print(f'\nFAIL {test}: unexpected error', flush=True)
        traceback.print_exc(file=sys.stdout)
    if status != 0 and not interrupted:
        _report_failure(test)
    _close_all()
    print(f'{"PASS" if status == 0 else "FAIL"} {test} ({time.monotonic() - started:.1f} s); '
          f'artefacts in {outdir()}', flush=True)
    sys.stdout.flush()
    sys.stderr.flush()
    sys.exit(status)


def _report_failure(test):
    try:
        screenshot(f'{test}-failure', settle=0)
    except Exception as e:
        print(f'(no failure screenshot: {e})')
    for app in list(_live_apps):
        if app.proc.poll() is None:
            path = os.path.join(outdir(), f'{test}-failure-tree.txt')
            try:
                with open(path, 'w') as f:
                    f.write(app.dump() + '\n')
                print(f'accessible tree: {path}')
            except Exception as e:
                print(f'(no tree dump: {e})')
        print(f'--- tail of {app.log_path}:\n{app.log_tail()}\n---', flush=True)


__all__ = [
    'App', 'CliError', 'PRUNE_CONTENT', 'PRUNE_ROWS', 'TestFailure', 'check', 'children',
    'clean_name', 'cli', 'cli_json', 'do_action', 'dump', 'find', 'find_all', 'first_row',
    'has_state', 'label_texts', 'main', 'name', 'name_is', 'new_database', 'outdir',
    'prune_roles', 'role', 'row_text', 'rows', 'screenshot', 'states', 'text',
    'translation_hint', 'wait_for', 'walk', 'xdotool',
]
