#!/usr/bin/python3
# tests/ui/dogtail/approve.py
#
# Copyright 2026 The Travel Requests authors
#
# This program is free software: you can redistribute it and/or modify
# it under the terms of the GNU General Public License as published by
# the Free Software Foundation, either version 3 of the License, or
# (at your option) any later version.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# End-to-end approval, started with TRAVEL_REQUESTS_DEMO=1: Emma submits a
# request through the sandbox's HTTP API, Marc (the app's account
# switcher) sees it under "To Approve" and sends it back with a comment,
# Emma's account shows the comment, Emma resubmits, Marc sees what changed
# and approves; the sandbox's API confirms APPROVED. One TAP case a step;
# a step that fails makes the later ones fail too, each with its reason.
import json
import os
import re
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

from dogtail.config import config
config.checkForA11y = False
config.searchCutoffCount = 40
config.logDebugToStdOut = False
config.logDebugToFile = False

from dogtail import rawinput, tree  # noqa: E402

BASE_ID = 'io.github.travelrequests.TravelRequests'


def running_app_id():
    # Development builds add .Devel to the id: ask the bus which one runs.
    out = subprocess.run(['gdbus', 'call', '--session', '--dest', 'org.freedesktop.DBus',
                          '--object-path', '/org/freedesktop/DBus',
                          '--method', 'org.freedesktop.DBus.ListNames'],
                         check=True, capture_output=True, text=True, timeout=10).stdout
    for app_id in (BASE_ID + '.Devel', BASE_ID):
        if "'%s'" % app_id in out:
            return app_id
    raise RuntimeError('the app is not on the session bus')
EMMA = 'emma.traveler@example.com'
MARC = 'marc.manager@example.com'
TRIP = 'Dogtail trip to Oslo %d' % os.getpid()
COMMENT = 'Please add the hotel of the conference'
NEW_PURPOSE = 'Nordic conference and customer workshop'

checks = []
state = {}


def check(name, fn):
    if checks and not checks[-1][0]:
        checks.append((False, name, 'skipped: an earlier step failed'))
        return
    try:
        fn()
        checks.append((True, name, ''))
    except Exception as e:  # report, keep the TAP plan
        checks.append((False, name, repr(e)))


def wait_for(what, fn, timeout=30.0):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            value = fn()
            if value:
                return value
        except Exception as e:  # not there yet
            last = e
        time.sleep(0.3)
    raise AssertionError('timed out waiting for %s (%r)' % (what, last))


# The sandbox the app started: TR_DEMO_URL_FILE when the app writes it,
# else the port tr-sandbox (a child of the app, a sibling of this script's
# runner) listens on, from /proc.

def parent_of(pid):
    with open('/proc/%d/stat' % pid) as f:
        return int(f.read().rsplit(')', 1)[1].split()[1])


def children_of(pid):
    found = []
    for entry in os.listdir('/proc'):
        if entry.isdigit():
            try:
                if parent_of(int(entry)) == pid:
                    found.append(int(entry))
            except OSError:
                pass
    return found


def comm(pid):
    with open('/proc/%d/comm' % pid) as f:
        return f.read().strip()


def listening_port(pid):
    inodes = set()
    for fd in os.listdir('/proc/%d/fd' % pid):
        try:
            link = os.readlink('/proc/%d/fd/%s' % (pid, fd))
        except OSError:
            continue
        m = re.match(r'socket:\[(\d+)\]', link)
        if m:
            inodes.add(m.group(1))
    for table in ('/proc/net/tcp', '/proc/net/tcp6'):
        with open(table) as f:
            for line in f.readlines()[1:]:
                fields = line.split()
                if fields[3] == '0A' and fields[9] in inodes:
                    return int(fields[1].rsplit(':', 1)[1], 16)
    return None


def find_sandbox_url():
    url_file = os.environ.get('TR_DEMO_URL_FILE')
    if url_file and os.path.exists(url_file):
        text = open(url_file).read().strip()
        if text.startswith('http'):
            return text.rstrip('/')
    runner = parent_of(os.getppid())  # python <- timeout <- run.sh
    for app_pid in children_of(runner):
        if comm(app_pid).startswith('travel-request'):
            for child in children_of(app_pid):
                if comm(child) == 'tr-sandbox':
                    port = listening_port(child)
                    if port:
                        return 'http://127.0.0.1:%d' % port
    return None


def token(user):
    form = urllib.parse.urlencode({'grant_type': 'password', 'client_id': 'sandbox-client',
                                   'client_secret': 'sandbox-secret', 'username': user,
                                   'password': 'sandbox'}).encode()
    with urllib.request.urlopen(state['base'] + '/oauth2/v0/token', form, timeout=10) as r:
        return json.load(r)['access_token']


def api(user, method, path, body=None):
    request = urllib.request.Request(
        state['base'] + '/travelrequest/v4/' + path, method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={'Authorization': 'Bearer ' + token(user), 'Accept': 'application/json',
                 'Content-Type': 'application/json'})
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return json.loads(r.read() or b'null')
    except urllib.error.HTTPError as e:
        raise AssertionError('%s %s: %d %s' % (method, path, e.code, e.read().decode()))


def status_code():
    return api(EMMA, 'GET', 'requests/' + state['id'])['approvalStatus']['code']


# The app, through AT-SPI

app = tree.root.application('travel-requests')
frame = app.child(roleName='frame')


# GTK 4.8 does not report "showing": hidden widgets are simply not in the
# tree, pages of a stack that are not shown are. Rows have no action: they
# are clicked with the pointer, buttons and menu items through AT-SPI.

def find(pred, root=None):
    return (root or frame).findChild(pred, retry=False, requireResult=False)


def find_all(pred, root=None):
    return (root or frame).findChildren(pred)


def button(label, root=None):
    # A button with a mnemonic is named "_Label Label".
    found = find_all(lambda n: n.roleName == 'push button' and 'click' in n.actions
                     and (n.name == label or n.name.endswith(' ' + label)), root)
    # Of the copies (AdwMessageDialog lays its buttons out twice), the
    # one with a size is shown.
    shown = [n for n in found if n.size[0] > 0 and n.size[1] > 0]
    return (shown or found or [None])[-1]


def press(node):
    node.doActionNamed('click')


def switch_to(display_name):
    menus = find_all(lambda n: n.name == 'Main Menu' and 'click' in n.actions)
    press(menus[-1])
    items = wait_for(display_name + ' in the menu',
                     lambda: find_all(lambda n: n.name == display_name and n.roleName == 'menu item', app))
    press(items[-1])
    # The sidebar's subtitle names the account.
    wait_for(display_name + ' signed in',
             lambda: find(lambda n: n.roleName == 'label' and n.name == display_name
                          and n.parent.roleName != 'menu item'))


def open_view(title):
    row = wait_for('the view ' + title,
                   lambda: find(lambda n: n.roleName == 'list item'
                                and (n.name == title or n.name.startswith(title + ','))), 40)
    row.click()


def queue_list():
    return find(lambda n: n.name == 'Requests to approve' and n.roleName == 'list')


def in_a_list(node):
    while node is not None and node.roleName != 'frame':
        if node.roleName == 'list':
            return True
        node = node.parent
    return False


def activate_app_action(name, parameter):
    # What the desktop does when the user clicks a notification.
    app_id = running_app_id()
    subprocess.run(['gdbus', 'call', '--session', '--dest', app_id, '--object-path',
                    '/' + app_id.replace('.', '/'), '--method', 'org.gtk.Actions.Activate',
                    name, '[<%s>]' % json.dumps(parameter), '{}'],
                   check=True, capture_output=True, timeout=10)


def review_shows(name):
    return find(lambda n: n.name == name and n.roleName == 'label' and not in_a_list(n))


def open_in_queue(name):
    frame.doActionNamed('win.refresh')
    open_view('To Approve')
    # A refresh may move the rows under the pointer: click until the review
    # page shows the request.
    for attempt in range(6):
        label = wait_for(name + ' in the queue',
                         lambda: find(lambda n: n.name == name and n.roleName == 'label', queue_list()), 40)
        label.click()
        try:
            wait_for('the review of ' + name, lambda: review_shows(name), 4)
            break
        except AssertionError:
            if attempt == 5:
                raise
    wait_for('Send Back…', lambda: button('Send Back…'))


# The steps

def emma_is_up():
    frame.findChild(lambda n: n.roleName == 'label' and (n.name == 'Client meeting in Berlin - JULY' or n.name.startswith('Client meeting in Berlin - JULY' + ',')))
    state['base'] = wait_for('the demo server', find_sandbox_url, 20)


def emma_submits():
    created = api(EMMA, 'POST', 'requests', {'name': TRIP, 'businessPurpose': 'Nordic conference',
                                              'startDate': '2027-03-01', 'endDate': '2027-03-03'})
    state['id'] = created['id']
    api(EMMA, 'POST', 'requests/%s/submit' % state['id'])
    assert status_code() == 'SUBMITTED', status_code()


def marc_sees_it():
    switch_to('Marc Manager (demo)')
    open_in_queue(TRIP)


def marc_sends_back():
    press(wait_for('Send Back…', lambda: button('Send Back…')))
    wait_for('the send-back dialog',
             lambda: app.findChild(lambda n: n.name == 'Send Back to the Traveler?',
                                   retry=False, requireResult=False))
    text = wait_for('the comment field',
                    lambda: app.findChild(lambda n: n.roleName == 'text',
                                          retry=False, requireResult=False))
    # GTK 4.8 has no AT-SPI focus nor editable text for it: click, type.
    text.click()
    time.sleep(0.3)
    rawinput.typeText(COMMENT)
    send = wait_for('Send Back', lambda: button('Send Back', app))
    wait_for('Send Back enabled', lambda: send.sensitive)
    press(send)
    wait_for('SENTBACK on the server', lambda: status_code() == 'SENTBACK')


def emma_sees_comment():
    switch_to('Emma Traveler (demo)')
    frame.doActionNamed('win.refresh')
    open_view('All Requests')
    requests = wait_for('the list', lambda: find(lambda n: n.name == 'Requests' and n.roleName == 'list'))
    # A row of the list reads as a sentence that starts with the name.
    wait_for(TRIP + ' in the list',
             lambda: find(lambda n: n.name == TRIP or n.name.startswith(TRIP + ','), requests), 40).click()
    wait_for('the comment on the request page', lambda: find(lambda n: COMMENT in (n.name or '')))


def emma_resubmits():
    api(EMMA, 'PUT', 'requests/' + state['id'], {'businessPurpose': NEW_PURPOSE})
    api(EMMA, 'POST', 'requests/%s/submit' % state['id'])
    assert status_code() == 'SUBMITTED', status_code()


def marc_sees_changes():
    back = button('Back to the List')
    if back is not None:
        press(back)
    switch_to('Marc Manager (demo)')
    frame.doActionNamed('win.refresh')
    # Marc opens the notification of the resubmitted request.
    activate_app_action('open-request', state['id'])
    wait_for('the review of ' + TRIP, lambda: review_shows(TRIP), 30)
    wait_for('the changes since Marc last saw it',
             lambda: find(lambda n: n.name == 'Changes Since You Last Saw It'))
    try:
        wait_for('the new business purpose among the changes',
                 lambda: find(lambda n: NEW_PURPOSE in (n.name or '') and '→' in n.name), 15)
    except AssertionError:
        changes = [n.name for n in find_all(lambda n: n.roleName == 'label' and
                                            ('→' in n.name or n.name.startswith('Changed')))]
        raise AssertionError('no change of the purpose among %r' % changes)


def marc_approves():
    press(wait_for('Approve', lambda: button('Approve')))
    wait_for('APPROVED on the server', lambda: status_code() == 'APPROVED')


check("Emma's demo account is up", emma_is_up)
check('Emma submits a request through the API', emma_submits)
check('Marc sees it under To Approve', marc_sees_it)
check('Marc sends it back with a comment', marc_sends_back)
check("Emma's account shows the comment", emma_sees_comment)
check('Emma resubmits with a new purpose', emma_resubmits)
check('Marc sees what changed', marc_sees_changes)
check('Marc approves; the API says APPROVED', marc_approves)

print(f'1..{len(checks)}')
for i, (ok, name, why) in enumerate(checks, 1):
    print(f'{"ok" if ok else "not ok"} {i} {name}' + (f' # {why}' if why else ''))
raise SystemExit(0 if all(ok for ok, _, _ in checks) else 1)
