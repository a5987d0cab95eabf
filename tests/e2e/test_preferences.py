# SPDX-License-Identifier: GPL-3.0-or-later
"""The preferences, end to end, in French: the manager at the desk opens
them with Ctrl+, ; the keyboard starts on the organisation's name, which
they replace; Tab takes them to the phone greeting, which they rewrite;
the live preview shows it filled in. Escape closes the window (what was
typed is saved at once, or when the window closes). Ctrl+N then opens a
new call form whose greeting is the new one, with the new name and the
manager's.

Run: tests/e2e/run-e2e.sh tests/e2e/test_preferences.py (meson test --suite e2e).
Screenshots: preferences.png, preferences-greeting.png,
call-form-new-greeting.png in ACCUEIL_E2E_OUTDIR.

Names are matched in French and in English (the source language), so that
the test reads the app whether or not the catalogue has these strings yet.
"""

import subprocess
import time

import accueil_e2e as e2e
from accueil_e2e import check

# The demo organisation's name and phone greeting (src/core/acc-demo.c,
# ACC_DEFAULT_PHONE_GREETING).
ORGANISATION = 'Aide à Domicile du Val-de-Loire'
NEW_NAME = 'Maison des Services de Sologne'
NEW_GREETING = '{organisation}, {agent} vous répond, bonjour !'
PREFERENCES_TITLES = ('Préférences', 'Preferences')
FORM_TITLES = ('Nouvel appel', 'New Call')
TEXT_ROLES = ('text', 'entry')


def window_titled(app, titles):
    for w in app.windows():
        if any(e2e.name(w).startswith(t) for t in titles):
            return w
    return None


def focus_other_window(app, main_window_id, what, timeout=10):
    """Give the keyboard to the app's X window that is not the main one
    (there is no window manager under Xvfb)."""
    def other():
        out = subprocess.run(['xdotool', 'search', '--onlyvisible', '--pid', str(app.pid)],
                             capture_output=True, text=True, timeout=10,
                             stdin=subprocess.DEVNULL).stdout.split()
        others = [w for w in out if w != main_window_id]
        return others[-1] if others else None
    window = app.wait_for(other, timeout=timeout, message=f'{what} has no visible X window')
    e2e.xdotool('mousemove', 400, 300, 'windowfocus', '--sync', window)
    return window


def has_selection(node):
    """Whether the text field NODE has selected text (the field Tab reached)."""
    try:
        return node.queryText().getNSelections() > 0
    except Exception:
        return False


def test_preferences():
    e2e.new_database('test_preferences')
    e2e.cli('demo')

    staff = e2e.cli_json('list', 'staff', '--format', 'json')
    managers = [s['name'] for s in staff if isinstance(s, dict) and s.get('role') == 'manager']
    check(managers, f'the demo data should have a manager; list staff gave {staff}')
    manager = managers[0]

    app = e2e.App(['--staff', manager])
    main_window_id = app.window_id

    # Ctrl+, opens the preferences, the keyboard on the organisation's name.
    app.key('ctrl+comma')
    prefs = app.wait_for(lambda: window_titled(app, PREFERENCES_TITLES), timeout=10,
                         message='Ctrl+, should open the preferences (« Préférences »)')
    focus_other_window(app, main_window_id, 'the preferences')
    # GTK 4.8 marks a field 'focused' on AT-SPI only once focus moves; the
    # name field is found by its text, and what is typed shows where the
    # keyboard was.
    name_field = app.wait_for(
        lambda: e2e.find(prefs, role=TEXT_ROLES, predicate=lambda n: e2e.text(n) == ORGANISATION),
        timeout=5,
        message=lambda: f'the preferences should show the organisation\'s name « {ORGANISATION} » '
                        f'in a text field; their labels are {e2e.label_texts(prefs)[:20]}')
    app.screenshot('preferences')

    app.key('ctrl+a')
    app.type(NEW_NAME)
    app.wait_for(lambda: e2e.text(name_field) == NEW_NAME, timeout=5,
                 message=lambda: f'the name field should read « {NEW_NAME} »; it reads « {e2e.text(name_field)} »')

    # Tab, field after field, to the phone greeting (the template with
    # {organisation}). GTK 4.8 puts no 'focused' state on these fields; a
    # field reached with Tab has its whole text selected, which AT-SPI shows.
    greeting_field = e2e.find(prefs, role=TEXT_ROLES, predicate=lambda n: '{organisation}' in e2e.text(n))
    check(greeting_field is not None,
          f'the preferences should show the phone greeting; their labels are {e2e.label_texts(prefs)[:30]}')
    for _ in range(20):
        if has_selection(greeting_field):
            break
        app.key('Tab')
        time.sleep(0.1)
    check(has_selection(greeting_field), 'Tab should reach the phone greeting and select its text')
    app.key('ctrl+a')
    app.type(NEW_GREETING)
    expected = NEW_GREETING.replace('{organisation}', NEW_NAME).replace('{agent}', manager)
    app.wait_for(lambda: e2e.text(greeting_field) == NEW_GREETING, timeout=5,
                 message=lambda: f'the greeting field should read « {NEW_GREETING} »; '
                                 f'it reads « {e2e.text(greeting_field)} »')
    # The live preview, filled in with the new name and the manager's.
    app.wait_for(lambda: e2e.find(prefs, role='label', predicate=lambda n: e2e.name(n) == expected),
                 timeout=5,
                 message=lambda: f'the preview should read « {expected} »; the labels are '
                                 f'{e2e.label_texts(prefs)[:30]}')
    app.screenshot('preferences-greeting')

    # Escape closes the preferences; no Save button.
    app.key('Escape')
    app.wait_for(lambda: window_titled(app, PREFERENCES_TITLES) is None, timeout=5,
                 message='Escape should close the preferences')

    # A new call greets with the new name and the new template.
    e2e.xdotool('mousemove', 400, 300, 'windowfocus', '--sync', main_window_id)
    app.key('alt+1')
    app.key('ctrl+n')
    form = app.wait_for(lambda: window_titled(app, FORM_TITLES), timeout=10,
                        message='Ctrl+N should open the new call form (« Nouvel appel »)')
    greeting = app.wait_for(
        lambda: e2e.find(form, role='label', predicate=lambda n: expected in e2e.name(n)),
        timeout=5,
        message=lambda: f'the call form should greet with « {expected} »; '
                        f'its labels are {e2e.label_texts(form)[:12]}')
    print(f'greeting: « {e2e.name(greeting)} »', flush=True)
    app.screenshot('call-form-new-greeting')

    check(app.quit() == 0, 'accueil should exit with status 0')


if __name__ == '__main__':
    e2e.main(test_preferences)
