#!/usr/bin/python3
# End-to-end: the app's first screen as a person (or a screen reader) sees it.
# Speaks TAP so each check counts as a test case.
from dogtail.config import config
config.checkForA11y = False
config.searchCutoffCount = 40
config.logDebugToStdOut = False
config.logDebugToFile = False

from dogtail import tree  # noqa: E402

checks = []


def check(name, fn):
    try:
        fn()
        checks.append((True, name, ''))
    except Exception as e:  # report, keep going
        checks.append((False, name, repr(e)))


app = tree.root.application('travel-requests')
frame = app.child(roleName='frame')


def title():
    assert frame.name == 'Travel Requests', frame.name


def welcome_page():
    # GTK 4.8 does not report "showing" reliably; the label is in the visible stack page.
    page = frame.child(name='Welcome to Travel Requests', roleName='panel')
    assert page.child(name='Welcome to Travel Requests', roleName='label')
    assert page.child(roleName='label', name='Sign in with your SAP Concur account to see your travel '
                      'requests and the ones waiting for your approval, even offline. Or try the app '
                      'first with a demo company.')
    for label in ('Sign In…', 'Try the Demo'):
        button = page.child(name=label, roleName='label').parent
        assert 'click' in button.actions, label


def menu_and_about():
    button = frame.findChild(lambda n: n.name == 'Main Menu' and 'click' in n.actions)
    button.doActionNamed('click')
    item = app.child(name='About Travel Requests')
    item.doActionNamed('click')
    about = app.child(name='About', roleName='frame')
    assert about.child(name='Travel Requests', roleName='label')


check('window title', title)
check('welcome page offers to sign in or try the demo', welcome_page)
check('primary menu opens the About window', menu_and_about)

print(f'1..{len(checks)}')
for i, (ok, name, why) in enumerate(checks, 1):
    print(f'{"ok" if ok else "not ok"} {i} {name}' + (f' # {why}' if why else ''))
raise SystemExit(0 if all(ok for ok, _, _ in checks) else 1)
