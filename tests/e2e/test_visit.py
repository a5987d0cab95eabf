# SPDX-License-Identifier: GPL-3.0-or-later
"""The Physique tab, end to end, in French: Alt+2 shows the visits register;
Ctrl+N opens the visit form, whose greeting names the agent; the agent types
the start of a visitor's name without its accents and picks them from the
contacts file, ticks the five steps of the procedure with their mnemonics,
hands over a document of the register, leaves a message for a supervisor and
saves with Ctrl+Return. The visit is then in the register, with its document,
and `accueil-cli list messages` shows the message left for the supervisor.

Run: tests/e2e/run-e2e.sh tests/e2e/test_visit.py (meson test --suite e2e).
Screenshots: visit-form.png, visit-tab-after.png in ACCUEIL_E2E_OUTDIR.
"""

import subprocess

import accueil_e2e as e2e
from accueil_e2e import PRUNE_ROWS, check, row_text

VISITS_BOOK = ('Registre des visites', 'Visits register')
FORM_TITLES = ('Nouvelle visite', 'New Visit')
# The visit form's mnemonics in French (po/fr.po): the five steps.
STEP_KEYS = ('alt+j', 'alt+d', 'alt+g', 'alt+y', 'alt+h')
REASON = 'Demande de plaquette'






def visits_book(app):
    return app.find(role=('tree table', 'table'), predicate=lambda n: e2e.name(n) in VISITS_BOOK,
                    prune=PRUNE_ROWS)






def test_visit():
    database = e2e.new_database('test_visit')
    e2e.cli('demo')

    staff = e2e.cli_json('list', 'staff', '--format', 'json')
    agent = next(s['name'] for s in staff if s.get('role') == 'reception')
    supervisors = [s['name'] for s in staff if s.get('role') == 'supervisor']
    contacts = e2e.cli_json('list', 'contacts', '--format', 'json')
    visitor = next(c for c in contacts if e2e.without_accents(c['name']) != c['name']
                   and len(e2e.prefix_for(c['name']).split()) == 2)
    visits_before = len(e2e.cli_json('list', 'visits', '--format', 'json'))
    messages_before = {m['id'] for m in e2e.cli_json('list', 'messages', '--format', 'json')}

    app = e2e.App(['--staff', agent])
    main_window_id = app.window_id

    # Alt+2: the Physique tab and its register.
    app.key('alt+2')
    app.wait_for(lambda: app.selected_tab() == 'Physique', timeout=5,
                 message=lambda: f'Alt+2 should show the Physique tab; the selected tab is {app.selected_tab()!r}')
    app.wait_for(lambda: visits_book(app), timeout=10, message='the Physique tab should show the visits register')

    # Ctrl+N on this tab: a new visit, with the visit greeting.
    app.key('ctrl+n')
    form = app.wait_for(lambda: e2e.window_titled(app, FORM_TITLES), timeout=10,
                        message='Ctrl+N on the Physique tab should open the visit form (« Nouvelle visite »)')
    e2e.focus_other_window(app, main_window_id)
    app.wait_for(lambda: e2e.find(form, role='label',
                                  predicate=lambda n: agent in e2e.name(n) and 'Bonjour' in e2e.name(n)),
                 timeout=5, message=lambda: f'the visit form should show the greeting « Bonjour, {agent}, … »; '
                                            f'its labels are {e2e.label_texts(form)[:12]}')

    # The visitor, from a prefix without accents.
    typed = e2e.prefix_for(visitor['name'])
    app.type(typed)
    app.wait_for(lambda: any(visitor['name'] in row_text(r) for r in e2e.find_all(form, role='list item')),
                 timeout=5, message=lambda: f'typing « {typed} » should list « {visitor["name"]} »')
    rows = [r for r in e2e.find_all(form, role='list item') if row_text(r).strip()]
    index = next(i for i, r in enumerate(rows) if visitor['name'] in row_text(r))
    app.key(*(['Down'] * (index + 1)), 'Return')
    app.wait_for(lambda: e2e.find(form, role='label',
                                  predicate=lambda n: visitor['name'] in e2e.name(n)
                                  and ('Lié' in e2e.name(n) or 'Linked' in e2e.name(n))),
                 timeout=5, message=f'choosing « {visitor["name"]} » should link the visit to the contact')

    # The five steps, with their mnemonics.
    app.key(*STEP_KEYS)
    steps = lambda: [b for b in e2e.find_all(form, role='check box') if e2e.has_state(b, 'checked')]
    app.wait_for(lambda: len(steps()) >= 5, timeout=5,
                 message=lambda: f'Alt+J, D, G, Y, H should tick the five steps; ticked: {[e2e.name(b) for b in steps()]}')

    app.key('alt+m')
    app.type(REASON)

    # A document handed over: Alt+F reaches the first document, Space ticks it.
    app.key('alt+f', 'space')
    app.wait_for(lambda: len(steps()) >= 6, timeout=5,
                 message=lambda: f'Alt+F then Space should tick the first document; ticked: {[e2e.name(b) for b in steps()]}')
    handed = [e2e.name(b) for b in steps()][-1]

    # A message left for a supervisor: the section's drop-down, first entry.
    app.key('alt+l')
    app.key('space')
    app.key('Down', 'Return')
    app.screenshot('visit-form')

    app.key('ctrl+Return')
    app.wait_for(lambda: e2e.window_titled(app, FORM_TITLES) is None, timeout=10,
                 message=lambda: f'Ctrl+Return should save the visit and close the form; '
                                 f'its labels are {e2e.label_texts(e2e.window_titled(app, FORM_TITLES) or form)[-12:]}')
    e2e.xdotool('mousemove', 400, 300, 'windowfocus', '--sync', main_window_id)

    # The visit in the register and in the database.
    book = visits_book(app)
    app.wait_for(lambda: e2e.first_row(book, lambda r: visitor['name'] in row_text(r)), timeout=5,
                 message=f'the visits register should list the visit of « {visitor["name"]} »')
    visits = e2e.cli_json('list', 'visits', '--format', 'json')
    check(len(visits) == visits_before + 1, f'one visit should have been saved; {len(visits) - visits_before} were')
    visit = max(visits, key=lambda v: v['id'])
    check(visit['visitor_name'] == visitor['name'] and visit['agent'] == agent and visit['outcome'] == 'message'
          and visit['reason'] == REASON and visit['checklist'] == 31,
          f'the visit should be « {visitor["name"]} »\'s, by {agent}, with its five steps and a message: {visit}')
    # accueil-cli does not list the documents handed over: read them from
    # the file, read-only, beside the running application.
    titles = subprocess.run(['sqlite3', '-readonly', database,
                             'SELECT d.title FROM interaction_documents x JOIN documents d '
                             f'ON d.id = x.document_id WHERE x.interaction_id = {int(visit["id"])}'],
                            capture_output=True, text=True, check=True, timeout=10).stdout.split('\n')
    check(titles[0] and titles[0] in handed,
          f'the document ticked (« {handed} ») should be stored with the visit; stored: {titles}')
    print(f'document handed over: {titles[0]}', flush=True)

    # The message left, forwarded to a supervisor.
    new = [m for m in e2e.cli_json('list', 'messages', '--format', 'json') if m['id'] not in messages_before]
    check(len(new) == 1, f'one message should have been left; {len(new)} were')
    message = new[0]
    check(message['name'] == visitor['name'] and message['source'] == 'visit'
          and message['interaction_id'] == visit['id'] and message['recipient'] in supervisors,
          f'the message should be the visit\'s, for a supervisor: {message}')

    app.screenshot('visit-tab-after')
    app.quit()


if __name__ == '__main__':
    e2e.main(test_visit)
