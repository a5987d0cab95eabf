# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window, end to end, in French: the two view-switcher tabs, the
calls book (« Cahier des appels ») on the Téléphone page, Alt+2 to the
Physique page and its visits register (« Registre des visites »), Alt+1 back,
Ctrl+I for the inbox pane (« Messages reçus »), Ctrl+Q to quit cleanly with
no GLib CRITICAL in the app's log.

Run: tests/e2e/run-e2e.sh tests/e2e/test_main_window.py (meson test --suite e2e).
Screenshots: main-window-phone.png, main-window-visits.png,
main-window-inbox.png in ACCUEIL_E2E_OUTDIR.
"""

import os

import accueil_e2e as e2e
from accueil_e2e import PRUNE_ROWS, check, row_text, rows

PHONE = 'Téléphone'
VISITS = 'Physique'
CALLS_BOOK = 'Cahier des appels'
VISITS_BOOK = 'Registre des visites'
INBOX = 'Messages reçus'
# Books and the inbox are lists or tables (the inbox's heading label reads
# the same as its list).
LIST_ROLES = ('list', 'list box', 'tree table', 'table', 'tree')


def names_from_cli(kind, field):
    items = e2e.cli_json('list', kind, '--format', 'json')
    check(isinstance(items, list),
          f'accueil-cli list {kind} --format json should print a JSON array')
    values = {str(i.get(field)).strip() for i in items if isinstance(i, dict) and i.get(field)}
    check(values, f'the demo data should have {kind} with a "{field}" (accueil-cli list {kind})')
    return values


def book(app, label):
    """The list or table named LABEL (a book: calls, visits)."""
    return app.wait_find(role=LIST_ROLES, name=label, prune=PRUNE_ROWS, timeout=10,
                         message=lambda: f'no list or table named « {label} »; the named lists '
                                         f'and tables are: {lists(app)}')


def lists(app):
    return [f'{e2e.role(n)} {e2e.name(n)!r}'
            for n in app.find_all(role=LIST_ROLES, prune=PRUNE_ROWS)
            if not e2e.name(n).startswith('Gtk')]


def row_naming(container, wanted):
    """The text of the first row (list item, table row) under CONTAINER
    whose text contains one of WANTED, or None."""
    row = e2e.first_row(container, lambda r: any(w in row_text(r) for w in wanted))
    return row_text(row) if row is not None else None


def named(app, wanted):
    return [f'{e2e.role(n)} {e2e.name(n)!r}' for n in app.find_all(name=wanted, prune=PRUNE_ROWS)]


def describe_rows(container, limit=5):
    texts = [row_text(r) for r in rows(container)]
    return f'it has {len(texts)} rows in the tree, e.g. {texts[:limit]}'


def test_main_window():
    e2e.new_database('test_main_window')
    e2e.cli('demo')

    staff = e2e.cli_json('list', 'staff', '--format', 'json')
    supervisors = [s['name'] for s in staff
                   if isinstance(s, dict) and s.get('role') == 'supervisor']
    check(supervisors, f'the demo data should have a supervisor; list staff gave {staff}')
    callers = names_from_cli('calls', 'caller_name')
    visitors = names_from_cli('visits', 'visitor_name')

    app = e2e.App(['--staff', supervisors[0]])

    # The view switcher, in French.
    tabs = app.wait_for(lambda: app.tab_names(), timeout=10,
                        message='no view-switcher tabs (AT-SPI role "page tab") in the main window')
    check(PHONE in tabs and VISITS in tabs,
          f'the view switcher should read « {PHONE} » and « {VISITS} »; it reads {tabs} '
          f'(LANGUAGE={os.environ.get("LANGUAGE")}; {e2e.translation_hint()})')
    check(app.selected_tab() == PHONE,
          f'the {PHONE} page should be shown first; the selected tab is {app.selected_tab()!r}')

    # The calls book shows rows (only those GTK has built are in the tree).
    calls_book = book(app, CALLS_BOOK)
    app.wait_for(lambda: row_naming(calls_book, callers), timeout=10,
                 message=lambda: f'the calls book « {CALLS_BOOK} » should show rows naming a '
                                 f'caller from the demo data (e.g. {sorted(callers)[:3]}); '
                                 f'{describe_rows(calls_book)}')
    app.screenshot('main-window-phone')

    # Alt+2: the Physique page and its visits.
    app.key('alt+2')
    app.wait_for(lambda: app.selected_tab() == VISITS,
                 message=f'Alt+2 should show the {VISITS} page; the selected tab is '
                         f'{app.selected_tab()!r}')
    # Both pages stay in the tree: look in the visits register itself.
    visits_book = book(app, VISITS_BOOK)
    app.wait_for(lambda: row_naming(visits_book, visitors), timeout=10,
                 message=lambda: f'the visits register « {VISITS_BOOK} » should show rows naming '
                                 f'a visitor from the demo data (e.g. {sorted(visitors)[:3]}); '
                                 f'{describe_rows(visits_book)}')
    app.screenshot('main-window-visits')

    # Alt+1: back to Téléphone.
    app.key('alt+1')
    app.wait_for(lambda: app.selected_tab() == PHONE,
                 message=f'Alt+1 should show the {PHONE} page again; the selected tab is '
                         f'{app.selected_tab()!r}')

    # Ctrl+I: the inbox pane (closed at start: GSettings inbox-visible is
    # false by default). GTK 4.8 keeps a merely unmapped widget in the AT-SPI
    # tree (a closed AdwFlap's flap, an unrevealed GtkRevealer) and drops one
    # hidden with gtk_widget_set_visible(): "appears" means the list enters
    # the tree, so it must not be there before.
    inbox_before = app.find(role=LIST_ROLES, name=INBOX, prune=PRUNE_ROWS)
    check(inbox_before is None,
          f'before Ctrl+I the inbox pane is closed, yet a {e2e.role(inbox_before)!r} named '
          f'« {INBOX} » is in the accessible tree: screen readers (and this test) cannot tell '
          f'a closed pane from an open one. The app should hide the closed pane with '
          f'gtk_widget_set_visible(FALSE) (e.g. once AdwFlap:reveal-progress reaches 0)')
    app.key('ctrl+i')
    app.wait_find(role=LIST_ROLES, name=INBOX, prune=PRUNE_ROWS,
                  message=lambda: f'Ctrl+I should open the inbox pane, a list named « {INBOX} »; '
                                  f'the nodes so named are: {named(app, INBOX)}')
    app.screenshot('main-window-inbox')

    status = app.quit()
    check(status == 0, f'accueil should exit with status 0 after Ctrl+Q; it exited with {status}; '
                       f'log:\n{app.log_tail()}')
    criticals = app.log_criticals()
    check(not criticals, f'accueil logged {len(criticals)} GLib CRITICAL(s) (programmer errors) '
                         f'during the test:\n' + '\n'.join(criticals[:10]))


if __name__ == '__main__':
    e2e.main(test_main_window)
