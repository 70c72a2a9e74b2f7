#!/usr/bin/python3
# End-to-end: started with TRAVEL_REQUESTS_DEMO=1, the app runs the bundled
# tr-sandbox, signs in as Emma and lists her requests. Speaks TAP.
from dogtail.config import config
config.checkForA11y = False
config.searchCutoffCount = 60
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


def emma_requests_listed():
    # A seeded request of Emma's appears in the list once the demo is up.
    row = frame.findChild(lambda n: n.roleName == 'label' and (n.name == 'Client meeting in Berlin - JULY' or n.name.startswith('Client meeting in Berlin - JULY' + ',')))
    assert row is not None
    assert frame.findChild(lambda n: n.roleName == 'label' and (n.name.startswith('333T') or ', request 333T,' in n.name))


def sidebar_views():
    views = frame.child(name='Views', roleName='list')
    for title in ('All Requests', 'Active', 'Drafts', 'Pending Approval', 'Approved',
                  'Canceled and Closed'):
        assert views.findChild(lambda n, title=title: n.name == title), title


def search_filters():
    search = frame.findChild(lambda n: n.name == 'Search' and 'click' in n.actions)
    search.doActionNamed('click')
    entry = frame.child(name='Search requests')
    entry.text = 'Lyon'
    frame.findChild(lambda n: n.roleName == 'label' and (n.name == 'Company Training - JULY 2018' or n.name.startswith('Company Training - JULY 2018' + ',')))
    gone = frame.findChildren(lambda n: (n.name == 'Client meeting in Berlin - JULY' or n.name.startswith('Client meeting in Berlin - JULY' + ',')) and n.showing)
    assert not gone, 'Berlin is still listed'


def account_in_menu():
    # The welcome page has its own menu button; the list's comes last.
    buttons = frame.findChildren(lambda n: n.name == 'Main Menu' and 'click' in n.actions)
    buttons[-1].doActionNamed('click')
    assert app.child(name='Emma Traveler (demo)')
    assert app.child(name='Marc Manager (demo)')


check('Emma\'s requests are listed', emma_requests_listed)
check('the sidebar lists the views', sidebar_views)
check('search keeps the matching requests', search_filters)
check('the account switcher lists Emma and Marc', account_in_menu)

print(f'1..{len(checks)}')
for i, (ok, name, why) in enumerate(checks, 1):
    print(f'{"ok" if ok else "not ok"} {i} {name}' + (f' # {why}' if why else ''))
raise SystemExit(0 if all(ok for ok, _, _ in checks) else 1)
