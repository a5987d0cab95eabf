# SPDX-License-Identifier: GPL-3.0-or-later
"""The inbox pane, end to end, in French: a supervisor at the desk opens the
inbox (Ctrl+I); another process forwards a message to them
(`accueil-cli add message … --to`); the message is in the inbox, in the
accessibility tree, within 2 seconds, and in the window title's count; the
supervisor opens it with the keyboard (which marks it read), writes how it
was handled in the note and presses Enter, which marks it done; and
`accueil-cli list messages --format json` shows it done, with the note.

Run: tests/e2e/run-e2e.sh tests/e2e/test_inbox.py (meson test --suite e2e).
Then Ctrl+Shift+M opens the messages book, which lists it, and Ctrl+M the
new-message form; Escape closes each.

Screenshots: inbox-pane.png, message-dialog.png, message-dialog-note.png,
messages-book.png, message-form.png in ACCUEIL_E2E_OUTDIR.

Names are matched in French and in English (the source language), so that
the test reads the app whether or not the catalogue has these strings yet.
"""

import re
import subprocess
import time

import accueil_e2e as e2e
from accueil_e2e import PRUNE_ROWS, check, row_text

INBOX = ('Messages reçus', 'Received messages')
LIST_ROLES = ('list', 'list box')
# The message forwarded from another process: a name no demo data has.
SENDER = 'Apolline Vasseur-Quénard'
ORGANISATION = 'Mutuelle des Canuts'
REASON = 'Rappel urgent dossier'
NOTE = 'Rappelée, RDV fixé jeudi 10 h'
DELIVERY_S = 2.0
UNREAD_TITLE = re.compile(r'\((\d+)\)\s*$')


def inbox_list(app):
    return app.find(role=LIST_ROLES, predicate=lambda n: e2e.name(n) in INBOX, prune=PRUNE_ROWS)


def main_frame(app):
    for w in app.windows():
        if e2e.role(w) == 'frame' and e2e.name(w).startswith('Accueil'):
            return w
    return None


def unread_in_title(app):
    """The count in the main window's title (« Accueil (3) »), 0 without."""
    frame = main_frame(app)
    m = UNREAD_TITLE.search(e2e.name(frame)) if frame is not None else None
    return int(m.group(1)) if m else 0


def focused(root):
    return e2e.find(root, predicate=lambda n: e2e.has_state(n, 'focused'))


def focused_row_text(app):
    lst = inbox_list(app)
    if lst is None:
        return None
    row = e2e.first_row(lst, lambda r: e2e.has_state(r, 'focused'))
    return row_text(row) if row is not None else None


def message_dialog(app):
    """The message dialog: the app's top-level window other than the main
    one (there is no other during this test). GTK 4.8 gives a window that is
    not yet active the role 'filler', then 'frame'."""
    for w in app.windows():
        if e2e.role(w) is not None and not e2e.name(w).startswith('Accueil'):
            return w
    return None


def focus_new_window(app, main_window_id, timeout=10):
    """Give the keyboard to the app's X window that is not the main one (a
    dialog). Without a window manager the stacking order of xdotool's
    answer does not say which window is new."""
    def other():
        out = subprocess.run(['xdotool', 'search', '--onlyvisible', '--pid', str(app.pid)],
                             capture_output=True, text=True, timeout=10,
                             stdin=subprocess.DEVNULL).stdout.split()
        others = [w for w in out if w != main_window_id]
        return others[-1] if others else None
    window = app.wait_for(other, timeout=timeout, message='the dialog has no visible X window')
    e2e.xdotool('mousemove', 400, 300, 'windowfocus', '--sync', window)
    return window


def test_inbox():
    e2e.new_database('test_inbox')
    e2e.cli('demo')

    staff = e2e.cli_json('list', 'staff', '--format', 'json')
    supervisors = [s['name'] for s in staff if isinstance(s, dict) and s.get('role') == 'supervisor']
    check(supervisors, f'the demo data should have a supervisor; list staff gave {staff}')
    supervisor = supervisors[0]

    app = e2e.App(['--staff', supervisor])
    main_window_id = app.window_id

    # Ctrl+I: the inbox pane opens, and gives the keyboard to its list.
    app.wait_for(lambda: main_frame(app), timeout=10, message='no main window (a frame named Accueil…)')
    app.key('ctrl+i')
    app.wait_for(lambda: inbox_list(app), timeout=5,
                 message=f'Ctrl+I should open the inbox pane, a list named « {INBOX[0]} »')
    unread_before = unread_in_title(app)

    # Another process forwards an urgent message to the supervisor.
    e2e.cli('add', 'message', '--name', SENDER, '--organisation', ORGANISATION,
            '--phone', '04 72 10 30 30', '--reason', REASON, '--urgent', '--to', supervisor)
    added = time.monotonic()
    row = app.wait_for(lambda: e2e.first_row(inbox_list(app), lambda r: SENDER in row_text(r)),
                       timeout=DELIVERY_S, interval=0.05,
                       message=lambda: f'the message from {SENDER} should be in the inbox within '
                                       f'{DELIVERY_S} s of `accueil-cli add message`; the inbox '
                                       f'rows are {[row_text(r) for r in e2e.rows(inbox_list(app))][:5]}')
    print(f'message in the accessibility tree {time.monotonic() - added:.2f} s after accueil-cli returned',
          flush=True)
    text = row_text(row)
    check(REASON in text, f'the inbox row should show the reason « {REASON} »; it reads « {text} »')
    check('urgent' in text.lower(), f'the inbox row should carry the urgent badge; it reads « {text} »')
    app.wait_for(lambda: unread_in_title(app) == unread_before + 1, timeout=DELIVERY_S,
                 message=lambda: f'the window title should count {unread_before + 1} unread '
                                 f'messages; it reads « {e2e.name(main_frame(app))} »')
    app.screenshot('inbox-pane')

    # The keyboard: Ctrl+I twice gives the first row the focus again (the
    # list was refreshed under it); the urgent newcomer is that first row.
    app.key('ctrl+i')
    app.wait_for(lambda: inbox_list(app) is None, timeout=5,
                 message='Ctrl+I should close the inbox pane')
    app.key('ctrl+i')
    app.wait_for(lambda: SENDER in (focused_row_text(app) or ''), timeout=5,
                 message=lambda: f'after Ctrl+I the first inbox row, from {SENDER}, should have the '
                                 f'keyboard focus; the focused node is '
                                 f'{e2e.role(focused(app.root))} « {e2e.name(focused(app.root))} »')

    # Enter opens it: a dialog with every field, and the message is read.
    app.key('Return')
    dialog = app.wait_for(lambda: message_dialog(app), timeout=5,
                          message='Enter on the inbox row should open the message dialog')
    focus_new_window(app, main_window_id)
    app.screenshot('message-dialog')
    labels = e2e.label_texts(dialog)
    for wanted in (SENDER, ORGANISATION, REASON, '04 72 10 30 30', supervisor):
        check(any(wanted in t for t in labels),
              f'the message dialog should show « {wanted} »; its labels are {labels[:40]}')
    app.wait_for(lambda: unread_in_title(app) == unread_before, timeout=5,
                 message=lambda: f'opening the message should mark it read: the title should count '
                                 f'{unread_before}; it reads « {e2e.name(main_frame(app))} »')

    # Tab to the note (the dialog's only text field), type, Enter: done.
    # GTK 4.8 gives the text of an AdwEntryRow no 'focused' state on the
    # AT-SPI bus: the note is the Tab stop where no node of the dialog is
    # focused, after the rows of facts (list items); what is typed then
    # must land in it. Each Tab waits for the tree to follow.
    def where():
        node = focused(dialog)
        return (e2e.role(node), e2e.name(node)) if node is not None else None

    def note_text():
        node = app.find(role=('text', 'entry'), within=dialog)
        return e2e.text(node) if node is not None else None

    seen_rows = False
    for _ in range(60):
        here = where()
        seen_rows = seen_rows or (here is not None and here[0] == 'list item')
        if (here is None and seen_rows) or (here is not None and here[0] in ('text', 'entry')):
            break
        app.key('Tab')
        try:
            e2e.wait_for(lambda: where() != here, timeout=2, interval=0.05)
        except e2e.TestFailure:
            pass
    else:
        raise e2e.TestFailure('Tab never reached the note field of the message dialog; focused: '
                              f'{where()}')
    app.type(NOTE)
    app.wait_for(lambda: note_text() == NOTE, timeout=5,
                 message=lambda: f'the note should read « {NOTE} » once typed; it reads '
                                 f'« {note_text()} » (focused: {where()})')
    app.screenshot('message-dialog-note')
    app.key('Return')
    app.wait_for(lambda: message_dialog(app) is None, timeout=5,
                 message='Enter in the note should mark the message done and close the dialog')

    # What another process reads: done, with the note.
    def stored():
        for m in e2e.cli_json('list', 'messages', '--format', 'json'):
            if m.get('name') == SENDER:
                return m
        return None
    message = app.wait_for(stored, timeout=5, message=f'accueil-cli should list the message from {SENDER}')
    check(message.get('status') == 'done',
          f'accueil-cli list messages should show the message done; it shows {message}')
    check(message.get('resolution') == NOTE,
          f'the resolution should be « {NOTE} »; accueil-cli shows {message.get("resolution")!r}')
    check(message.get('recipient') == supervisor,
          f'the message should be for {supervisor}; accueil-cli shows {message.get("recipient")!r}')

    # Ctrl+Shift+M: the messages book lists it, done; Escape closes it.
    app.focus()
    app.key('ctrl+shift+m')
    book = app.wait_for(lambda: message_dialog(app), timeout=5,
                        message='Ctrl+Shift+M should open the messages book')
    focus_new_window(app, main_window_id)
    table = app.wait_find(role=('tree table', 'table'), within=book, prune=PRUNE_ROWS,
                          message='the messages book should hold a table of messages')
    app.wait_for(lambda: e2e.first_row(table, lambda r: SENDER in row_text(r)), timeout=5,
                 message=lambda: f'the messages book should list the message from {SENDER}; its '
                                 f'rows are {[row_text(r) for r in e2e.rows(table)][:5]}')
    app.screenshot('messages-book')
    app.key('Escape')
    app.wait_for(lambda: message_dialog(app) is None, timeout=5,
                 message='Escape should close the messages book')

    # Ctrl+M: the new-message form; Escape closes it when nothing was typed.
    app.focus()
    app.key('ctrl+m')
    app.wait_for(lambda: message_dialog(app), timeout=5, message='Ctrl+M should open the message form')
    focus_new_window(app, main_window_id)
    app.screenshot('message-form')
    app.key('Escape')
    app.wait_for(lambda: message_dialog(app) is None, timeout=5,
                 message='Escape should close an empty message form without asking')

    status = app.quit()
    check(status == 0, f'accueil should exit with status 0 after Ctrl+Q; it exited with {status}; '
                       f'log:\n{app.log_tail()}')
    criticals = app.log_criticals()
    check(not criticals, f'accueil logged {len(criticals)} GLib CRITICAL(s) during the test:\n'
                         + '\n'.join(criticals[:10]))


if __name__ == '__main__':
    e2e.main(test_inbox)
