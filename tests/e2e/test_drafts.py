# SPDX-License-Identifier: GPL-3.0-or-later
"""A call in progress survives a crash, end to end: the agent opens the call
form with Ctrl+N, types a caller's name and the reason, and the form keeps
them as a draft in the database a couple of seconds later; the GUI is then
killed with SIGKILL, as a crash would end it. Started again, Ctrl+N opens
the call form with the name and the reason put back, and a notice (« Draft
from HH:MM restored. », in French once translated) saying so. Quitting with
Ctrl+Q while the form is open keeps the draft too.

Run: tests/e2e/run-e2e.sh tests/e2e/test_drafts.py (meson test --suite e2e).
Screenshots: draft-typed.png, draft-restored.png in ACCUEIL_E2E_OUTDIR.
"""

import datetime
import signal
import sqlite3

import accueil_e2e as e2e
from accueil_e2e import check

FORM_TITLES = ('Nouvel appel', 'New Call')
NOTICE_WORDS = ('Brouillon', 'Draft')
# No demo contact has this name: the look-up offers nothing to pick.
CALLER = 'Gaspard Nouveaucontact'
REASON = 'Demande de devis pour jardinage'
# AccDraftKind: 0, a call.
DRAFT_CALL = 0


def call_draft(database):
    """The call drafts in the database, as (owner_id, fields, updated_at)."""
    db = sqlite3.connect(f'file:{database}?mode=ro', uri=True, timeout=10)
    try:
        return db.execute('SELECT owner_id, fields, updated_at FROM drafts WHERE kind = ?',
                          (DRAFT_CALL,)).fetchall()
    finally:
        db.close()


def open_call_form(app, main_window_id):
    app.key('ctrl+n')
    form = app.wait_for(lambda: e2e.window_titled(app, FORM_TITLES), timeout=10,
                        message='Ctrl+N should open the new call form (« Nouvel appel »)')
    e2e.focus_other_window(app, main_window_id)
    return form


def entry_texts(form):
    return [e2e.text(n) for n in e2e.find_all(form, role='text')]


def notice_in(form):
    return e2e.find(form, predicate=lambda n: any(w in e2e.name(n) for w in NOTICE_WORDS)
                    and e2e.role(n) in ('label', 'status bar', 'status'))


def test_drafts():
    database = e2e.new_database('test_drafts')
    e2e.cli('demo')
    staff = e2e.cli_json('list', 'staff', '--format', 'json')
    agent = next(s['name'] for s in staff if s.get('role') == 'reception')
    calls_before = len(e2e.cli_json('list', 'calls', '--format', 'json'))
    check(call_draft(database) == [], 'a new demo database should hold no draft')

    # 1. Type into a new call, and let the form keep it.
    app = e2e.App(['--staff', agent])
    main_window_id = app.window_id
    app.key('alt+1')
    form = open_call_form(app, main_window_id)
    app.type(CALLER)
    app.key('alt+m')
    app.type(REASON)
    app.wait_for(lambda: CALLER in entry_texts(form) and REASON in entry_texts(form), timeout=10,
                 message=lambda: f'the form should show what was typed; its fields hold {entry_texts(form)}')
    app.screenshot('draft-typed')
    # The form keeps a draft about 2 s after the last key.
    app.wait_for(lambda: any(CALLER in f and REASON in f for _, f, _ in call_draft(database)), timeout=15,
                 message=lambda: f'the call in progress should be kept as a draft; drafts: {call_draft(database)}')
    _, _, saved_at = call_draft(database)[0]

    # 2. The GUI dies as in a crash: no close, no dispose.
    app.proc.send_signal(signal.SIGKILL)
    app.proc.wait(10)
    check(app.proc.returncode == -signal.SIGKILL, f'accueil should have been killed; it exited with '
                                                  f'{app.proc.returncode}')
    app.close()
    check(len(e2e.cli_json('list', 'calls', '--format', 'json')) == calls_before,
          'nothing should have been saved as a call')

    # 3. Started again: Ctrl+N puts the call back, and says so.
    app = e2e.App(['--staff', agent])
    main_window_id = app.window_id
    app.key('alt+1')
    form = open_call_form(app, main_window_id)
    app.wait_for(lambda: CALLER in entry_texts(form) and REASON in entry_texts(form), timeout=10,
                 message=lambda: f'the caller\'s name and the reason should be back; the form\'s fields '
                                 f'hold {entry_texts(form)}')
    notice = app.wait_for(lambda: notice_in(form), timeout=5,
                          message=lambda: f'a notice should say the draft was restored; the form\'s labels '
                                          f'are {e2e.label_texts(form)[:20]}')
    when = datetime.datetime.fromtimestamp(saved_at / 1e6).strftime('%H:%M')
    check(when in e2e.name(notice), f'the notice should give the draft\'s time {when}; it says '
                                    f'« {e2e.name(notice)} »')
    print(f'notice: « {e2e.name(notice)} »', flush=True)
    app.screenshot('draft-restored')

    # 4. Quitting with the form open keeps the draft for next time.
    check(app.quit() == 0, 'accueil should exit with status 0 after Ctrl+Q')
    drafts = call_draft(database)
    check(len(drafts) == 1 and CALLER in drafts[0][1],
          f'the draft should still be there after Ctrl+Q; drafts: {drafts}')
    check(len(e2e.cli_json('list', 'calls', '--format', 'json')) == calls_before,
          'nothing should have been saved as a call')


if __name__ == '__main__':
    e2e.main(test_drafts)
