#!/usr/bin/python3
# End-to-end: in demo mode (TRAVEL_REQUESTS_DEMO=1, a fresh tr-sandbox:
# run.sh gives the app temporary XDG dirs), Emma composes a request with
# the keyboard shortcuts and the editors (a round-trip flight CDG-MUC, a
# hotel and a taxi), saves it, submits it, and the sandbox's own HTTP API
# (found through TR_DEMO_URL_FILE) shows it SUBMITTED with those expected
# expenses. Speaks TAP, one case per step; a failed step skips the rest.
import json
from decimal import Decimal
import os
import subprocess
import time
import urllib.parse
import urllib.request

from dogtail.config import config
config.checkForA11y = False
config.searchCutoffCount = 60
config.logDebugToStdOut = False
config.logDebugToFile = False

from dogtail import rawinput, tree  # noqa: E402

NAME = 'Kickoff with the Munich team'
PURPOSE = 'Plan the spring release with the Munich office'
START, END = '2027-03-10', '2027-03-12'
CLIENT = ('sandbox-client', 'sandbox-secret')
LOGIN = ('emma.traveler@example.com', 'sandbox')

app = tree.root.application('travel-requests')
frame = app.child(roleName='frame')
results = []


def step(name):
    def wrap(fn):
        results.append((name, fn))
        return fn
    return wrap


def wait_for(predicate, what, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        found = predicate()
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError(f'timed out waiting for {what}')


def shot(name):
    # For debugging: TR_DOGTAIL_SHOTS=DIR keeps a screenshot of failed steps.
    folder = os.environ.get('TR_DOGTAIL_SHOTS')
    if folder:
        subprocess.run(['import', '-window', 'root', os.path.join(folder, name + '.png')], check=False)


def clickable(root, name, role='push button'):
    return wait_for(lambda: root.findChild(lambda n: n.name == name and n.roleName == role
                                           and 'click' in n.actions, retry=False, requireResult=False),
                    name)


def field(root, name):
    return wait_for(lambda: root.findChild(lambda n: n.name == name and n.roleName == 'text',
                                           retry=False, requireResult=False), name)


def fill(root, values):
    # GtkText takes no text through AT-SPI in GTK 4.8, and does not report
    # it back: each field is clicked (a11y positions are window-relative,
    # and without a window manager windows sit at 0,0) and typed into; a
    # field below the fold is reached with Tab from the one before (the
    # third member says how many: a date row has a calendar button too).
    # The sandbox checks what was typed in the last step.
    height = root.size[1]
    for name, value, *tabs in values:
        node = field(root, name)
        (x, y), (w, h) = node.position, node.size
        if 0 < y and y + h < height:
            rawinput.click(x + w // 2, y + h // 2)
        else:
            for _ in range(tabs[0] if tabs else 1):
                rawinput.pressKey('Tab')
        time.sleep(0.2)
        rawinput.keyCombo('<Control>a')
        rawinput.typeText(value)
        time.sleep(0.1)


def dialog(title):
    return wait_for(lambda: next((w for w in app.children if w.name == title and w.roleName == 'frame'), None),
                    f'the {title} dialog')


def add_from_menu(kind, values, toggles=()):
    clickable(frame, 'Add a segment or an expense').doActionNamed('click')
    clickable(app, kind, role='menu item').doActionNamed('click')
    window = dialog(kind)
    for name in toggles:
        window.findChild(lambda n: n.roleName == 'check box' and 'toggle' in n.actions).doActionNamed('toggle')
    time.sleep(0.3)
    fill(window, values)
    clickable(window, '_Add Segment Add Segment').doActionNamed('click')
    wait_for(lambda: all(w.name != kind for w in app.children), f'the {kind} dialog to close')


@step('the demo lists Emma\'s requests')
def demo_started():
    frame.findChild(lambda n: n.roleName == 'label' and (n.name == 'Client meeting in Berlin - JULY' or n.name.startswith('Client meeting in Berlin - JULY' + ',')))


@step('Ctrl+N opens the editor of a new request')
def new_request():
    frame.doActionNamed('window.toggle-maximized')
    time.sleep(0.5)
    rawinput.absoluteMotion(frame.size[0] // 2, frame.size[1] // 2)
    rawinput.keyCombo('<Control>n')
    title = wait_for(lambda: frame.findChild(lambda n: n.name == 'New Request' and n.roleName == 'label',
                                             retry=False, requireResult=False), 'the editor')
    assert title is not None
    field(frame, 'Name')


@step('name, purpose, dates and destination are typed in')
def trip_fields():
    fill(frame, [('Name', NAME), ('Business purpose', PURPOSE), ('Start date', START),
                 ('End date', END), ('Main destination', 'Munich')])


@step('a round-trip flight CDG-MUC is added with the itinerary editor')
def flight():
    add_from_menu('Flight', [('From airport', 'CDG'), ('To airport', 'MUC'), ('Departure date', START),
                             ('Return date', END), ('Amount', '420.00', 3), ('Currency', 'USD')],
                  toggles=['Round trip'])


@step('a hotel is added')
def hotel():
    add_from_menu('Hotel', [('Hotel or city', 'Munich'), ('Check-in date', START), ('Check-out date', END),
                            ('Amount', '360.00', 2), ('Currency', 'USD')])


@step('a taxi is added')
def taxi():
    add_from_menu('Taxi', [('From', 'Munich'), ('To', 'Munich'), ('Date', START),
                           ('Amount', '45.00', 3), ('Currency', 'USD')])


@step('Ctrl+S saves the request and it is listed')
def save():
    rawinput.keyCombo('<Control>s')
    wait_for(lambda: frame.findChild(lambda n: (n.name == NAME or n.name.startswith(NAME + ',')) and n.roleName == 'label',
                                     retry=False, requireResult=False), 'the new request in the list')


@step('its page submits it')
def submit():
    # Saved locally first: the sync engine sends it, then it can be submitted.
    # The search keeps it alone at the top of the list, where it can be clicked.
    clickable(frame, 'Search').doActionNamed('click')
    frame.child(name='Search requests', roleName='entry').text = NAME
    time.sleep(1)
    label = frame.findChild(lambda n: (n.name == NAME or n.name.startswith(NAME + ',')) and n.roleName == 'label')
    (x, y), (w, h) = label.position, label.size
    assert 0 < y < frame.size[1], f'the request is not shown ({x}, {y})'

    rawinput.click(x + w // 2, y + h // 2)
    button = wait_for(lambda: frame.findChild(lambda n: 'Submit' in n.name and n.roleName == 'push button'
                                              and 'click' in n.actions, retry=False, requireResult=False),
                      'the Submit button', 30)
    button.doActionNamed('click')
    wait_for(lambda: frame.findChild(lambda n: n.roleName == 'label' and n.name in ('Request submitted',
                                                                                     'Will be submitted'),
                                     retry=False, requireResult=False), 'the toast', 30)


def api(base, token, path):
    request = urllib.request.Request(base + '/travelrequest/v4/' + path,
                                     headers={'Authorization': 'Bearer ' + token, 'Accept': 'application/json'})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def sign_in(base):
    form = urllib.parse.urlencode({'grant_type': 'password', 'client_id': CLIENT[0], 'client_secret': CLIENT[1],
                                   'username': LOGIN[0], 'password': LOGIN[1], 'credtype': 'password'}).encode()
    with urllib.request.urlopen(base + '/oauth2/v0/token', form, timeout=10) as response:
        body = json.load(response)
    return body.get('geolocation') or base, body['access_token']


def items_of(listing):
    for key in ('Items', 'items', 'data'):
        if isinstance(listing, dict) and isinstance(listing.get(key), list):
            return listing[key]
    return listing if isinstance(listing, list) else []


@step('the sandbox has it SUBMITTED with the flight, hotel and taxi')
def on_server():
    with open(os.environ['TR_DEMO_URL_FILE']) as f:
        base = f.read().strip()
    geolocation, token = sign_in(base)

    def submitted():
        mine = [r for r in items_of(api(geolocation, token, 'requests?view=ALL&limit=100')) if r.get('name') == NAME]
        return mine if mine and mine[0].get('approvalStatus', {}).get('code') == 'SUBMITTED' else None
    found = wait_for(submitted, 'the request SUBMITTED on the sandbox', 30)
    assert len(found) == 1, f'{len(found)} requests named {NAME}'
    request = api(geolocation, token, 'requests/' + found[0]['id'])
    assert request.get('businessPurpose') == PURPOSE, request.get('businessPurpose')
    assert request.get('startDate', '').startswith(START), request.get('startDate')
    expenses = items_of(api(geolocation, token, 'requests/%s/expenses' % found[0]['id']))
    text = json.dumps(expenses).lower()
    assert len(expenses) == 3, f'{len(expenses)} expected expenses: {text[:400]}'
    legs = [leg for e in expenses for leg in (e.get('tripData') or {}).get('legs') or []]
    route = [(json.dumps(leg).count('CDG') > 0, json.dumps(leg).count('MUC') > 0) for leg in legs]
    assert sum(1 for cdg, muc in route if cdg and muc) >= 2, f'no round trip CDG-MUC in {legs}'
    assert 'hotel' in text, 'no hotel'
    assert 'taxi' in text, 'no taxi'
    # The amounts typed in, in the request's currency (Emma's: USD).
    amounts = sorted(Decimal(str(e.get('transactionAmount', {}).get('value'))) for e in expenses)
    assert amounts == [Decimal('45'), Decimal('360'), Decimal('420')], amounts


print(f'1..{len(results)}')
failed = None
for i, (name, fn) in enumerate(results, 1):
    if failed is not None:
        print(f'ok {i} {name} # SKIP after "{failed}" failed')
        continue
    try:
        fn()
        print(f'ok {i} {name}')
    except Exception as e:  # report, skip the rest
        shot('step-%d' % i)
        failed = name
        print(f'not ok {i} {name} # {e!r}')
raise SystemExit(0 if failed is None else 1)
