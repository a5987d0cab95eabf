# SPDX-License-Identifier: GPL-3.0-or-later
"""The Téléphone tab, end to end, in French: a front-desk agent logs four
calls from the keyboard, one for each outcome of the procedure.

For each call: Ctrl+N opens the form, whose greeting names the organisation
and the agent; the agent types the start of a caller's name without its
accents and picks the caller from the contacts file; ticks the four steps
of the procedure with their mnemonics; types the reason; chooses the outcome
(answered, transferred to a supervisor, oriented to a body of the directory,
message taken for a supervisor) and saves with Ctrl+Return. The calls are
then in the calls book, and `accueil-cli list messages` shows the message
forwarded to the recipient.

Run: tests/e2e/run-e2e.sh tests/e2e/test_phone_call.py (meson test --suite e2e).
Screenshots: phone-tab.png, call-form.png, call-form-outcome.png,
phone-tab-after.png in ACCUEIL_E2E_OUTDIR.
"""

import accueil_e2e as e2e
from accueil_e2e import PRUNE_ROWS, check, row_text

# The demo organisation's name (src/core/acc-demo.c).
ORGANISATION = 'Aide à Domicile du Val-de-Loire'
CALLS_BOOK = ('Cahier des appels', 'Calls book')
FORM_TITLES = ('Nouvel appel', 'New Call')
LIST_ROLES = ('list', 'list box')
# The outcome toggles' mnemonics in French (po/fr.po), and what the agent
# types or picks in each outcome's section.
OUTCOMES = ('answered', 'transferred', 'oriented', 'message')
OUTCOME_KEYS = {'answered': 'alt+r', 'transferred': 'alt+f', 'oriented': 'alt+i', 'message': 'alt+p'}
STEP_KEYS = ('alt+v', 'alt+d', 'alt+n', 'alt+g')
REASON = 'Demande de devis'
ANSWER = 'Tarifs 2027 envoyés par courriel'






def calls_book(app):
    return app.find(role=('tree table', 'table'), predicate=lambda n: e2e.name(n) in CALLS_BOOK,
                    prune=PRUNE_ROWS)






def contacts_rows(form, name):
    """The rows of the form's contact look-up that show NAME."""
    return [r for r in e2e.find_all(form, role='list item')
            if name in row_text(r)]


def check_boxes(form):
    return e2e.find_all(form, role='check box')


def log_call(app, main_window_id, agent, contact, outcome, number):
    app.key('ctrl+n')
    form = app.wait_for(lambda: e2e.window_titled(app, FORM_TITLES), timeout=10,
                        message='Ctrl+N should open the new call form (« Nouvel appel »)')
    e2e.focus_other_window(app, main_window_id)

    # The greeting to say, with the organisation's and the agent's names.
    greeting = app.wait_for(
        lambda: e2e.find(form, role='label',
                         predicate=lambda n: ORGANISATION in e2e.name(n) and agent in e2e.name(n)),
        timeout=5,
        message=lambda: f'the form should show the greeting with « {ORGANISATION} » and '
                        f'« {agent} »; its labels are {e2e.label_texts(form)[:12]}')
    if number == 1:
        print(f'greeting: « {e2e.name(greeting)} »', flush=True)

    # The caller, found from a prefix typed without accents.
    typed = e2e.prefix_for(contact['name'])
    app.type(typed)
    app.wait_for(lambda: contacts_rows(form, contact['name']), timeout=5,
                 message=lambda: f'typing « {typed} » should list « {contact["name"]} » from the '
                                 f'contacts file; the look-up shows '
                                 f'{[row_text(r) for r in e2e.find_all(form, role="list item")][:8]}')
    rows = [r for r in e2e.find_all(form, role='list item') if row_text(r).strip()]
    index = next(i for i, r in enumerate(rows) if contact['name'] in row_text(r))
    # Down enters the list on its first row; Down again to the caller; Enter picks.
    app.key(*(['Down'] * (index + 1)), 'Return')
    app.wait_for(lambda: e2e.find(form, role='label',
                                  predicate=lambda n: contact['name'] in e2e.name(n)
                                  and ('Lié' in e2e.name(n) or 'Linked' in e2e.name(n))),
                 timeout=5,
                 message=lambda: f'choosing « {contact["name"]} » should link the call to the '
                                 f'contact; the form\'s labels are {e2e.label_texts(form)[:20]}')

    # The four steps of the procedure, ticked with their mnemonics.
    app.key(*STEP_KEYS)
    app.wait_for(lambda: sum(e2e.has_state(b, 'checked') for b in check_boxes(form)) >= 4, timeout=5,
                 message=lambda: 'Alt+V, Alt+D, Alt+N, Alt+G should tick the four steps; checked: '
                                 f'{[e2e.name(b) for b in check_boxes(form) if e2e.has_state(b, "checked")]}')

    app.key('alt+m')
    app.type(REASON)
    if number == 1:
        app.screenshot('call-form')

    # The outcome; its section takes the keyboard.
    app.key(OUTCOME_KEYS[outcome])
    if outcome == 'answered':
        app.type(ANSWER)
    else:
        # A supervisor, a body of the directory or a recipient: the
        # section's drop-down, opened with Space; Down to its first entry,
        # Enter chooses it.
        app.key('space')
        app.key('Down', 'Return')
    if outcome == 'message':
        app.screenshot('call-form-outcome')

    app.key('ctrl+Return')
    app.wait_for(lambda: e2e.window_titled(app, FORM_TITLES) is None, timeout=10,
                 message=lambda: f'Ctrl+Return should save the {outcome} call and close the form; '
                                 f'its labels are {e2e.label_texts(e2e.window_titled(app, FORM_TITLES) or form)[:30]}')
    e2e.xdotool('mousemove', 400, 300, 'windowfocus', '--sync', main_window_id)


def test_phone_call():
    e2e.new_database('test_phone_call')
    e2e.cli('demo')

    staff = e2e.cli_json('list', 'staff', '--format', 'json')
    agents = [s['name'] for s in staff if s.get('role') == 'reception']
    check(agents, f'the demo data should have a front-desk agent; list staff gave {staff}')
    agent = agents[0]

    contacts = e2e.cli_json('list', 'contacts', '--format', 'json')
    accented = [c for c in contacts if e2e.without_accents(c['name']) != c['name']
                and len(e2e.prefix_for(c['name']).split()) == 2]
    check(len(accented) >= 4, 'the demo contacts file should hold accented names')
    # Callers whose typed prefix finds them among at most a few others.
    callers = accented[:4]

    calls_before = len(e2e.cli_json('list', 'calls', '--format', 'json'))
    messages_before = e2e.cli_json('list', 'messages', '--format', 'json')

    app = e2e.App(['--staff', agent])
    main_window_id = app.window_id
    app.key('alt+1')
    app.wait_for(lambda: calls_book(app),
                 timeout=10, message='the Téléphone tab should show the calls book')
    app.screenshot('phone-tab')

    for number, (outcome, contact) in enumerate(zip(OUTCOMES, callers), start=1):
        log_call(app, main_window_id, agent, contact, outcome, number)

    # The four calls are in the book (the database, and the tab's list).
    calls = e2e.cli_json('list', 'calls', '--format', 'json')
    check(len(calls) == calls_before + 4,
          f'four calls should have been saved; the book went from {calls_before} to {len(calls)}')
    newest = sorted(calls, key=lambda c: (c['started_at'], c['id']), reverse=True)[:4]
    saved = {c['outcome']: c for c in newest}
    check(set(saved) == set(OUTCOMES), f'the four calls should have the four outcomes; they have {sorted(saved)}')
    for outcome, contact in zip(OUTCOMES, callers):
        call = saved[outcome]
        check(call['caller_name'] == contact['name'],
              f'the {outcome} call should be from « {contact["name"]} »; it is from « {call["caller_name"]} »')
        check(call['agent'] == agent, f'the {outcome} call should be logged by {agent}; it says {call["agent"]}')
        check(call['reason'] == REASON, f'the {outcome} call should have the reason « {REASON} »')
        check(call['checklist'] == 15, f'the {outcome} call should have its four steps ticked; '
                                       f'checklist is {call["checklist"]}')
    check(saved['answered']['outcome_detail'] == ANSWER,
          f'the answered call should say what was answered; it says {saved["answered"]["outcome_detail"]!r}')
    check(saved['transferred'].get('supervisor'), 'the transferred call should name its supervisor')

    book = calls_book(app)
    for contact in callers:
        app.wait_for(lambda: e2e.first_row(book, lambda r, n=contact['name']: n in row_text(r)),
                     timeout=5, message=f'the calls book should list the call from « {contact["name"]} »')

    # The message-taken call forwarded a message to its recipient.
    messages = e2e.cli_json('list', 'messages', '--format', 'json')
    new = [m for m in messages if m['id'] not in {o['id'] for o in messages_before}]
    check(len(new) == 1, f'one message should have been forwarded; {len(new)} were')
    message = new[0]
    check(message['name'] == callers[3]['name'] and message['source'] == 'call'
          and message['interaction_id'] == saved['message']['id'] and message['recipient'],
          f'the message should be the call\'s, from « {callers[3]["name"]} », for a recipient: {message}')
    print(f'message forwarded to {message["recipient"]}', flush=True)

    app.screenshot('phone-tab-after')
    app.quit()


if __name__ == '__main__':
    e2e.main(test_phone_call)
