#!/usr/bin/python3
# help/check-help.py
#
# Copyright 2026 The Travel Requests authors
#
# This program is free software: you can redistribute it and/or modify
# it under the terms of the GNU General Public License as published by
# the Free Software Foundation, either version 3 of the License, or
# (at your option) any later version.
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks of the user guide that yelp-check does not make, as TAP.

check-help.py HELP_DIR APP_SRC_DIR PAGE...

HELP_DIR is help/ (pages in HELP_DIR/C), APP_SRC_DIR is the app's src/
folder, where the labels and accelerators the guide names must exist.
"""
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementInclude as ElementInclude
import xml.etree.ElementTree as ET

MAL = '{http://projectmallard.org/1.0/}'
CC_BY_SA = ('http://creativecommons.org/licenses/by-sa/3.0/',
            'https://creativecommons.org/licenses/by-sa/3.0/')

# Labels of <gui> that are not the app's own strings: GTK's print dialog.
GTK_LABELS = {'Print', 'Print to File'}
# Labels of features being built in parallel (approval and export actions);
# drop each one here once the app has it, the test then looks it up in src/.
PENDING_LABELS = {'Add to Calendar'}

GTK_KEYS = {'Return': 'Enter', 'KP_Enter': 'Enter', 'question': '?',
            'slash': '/', 'Escape': 'Esc', 'comma': ',', 'period': '.',
            'Delete': 'Delete', 'BackSpace': 'Backspace', 'Tab': 'Tab',
            'Left': '←', 'Right': '→', 'Up': '↑', 'Down': '↓'}
GTK_MODS = {'control': 'Ctrl', 'primary': 'Ctrl', 'ctrl': 'Ctrl',
            'shift': 'Shift', 'alt': 'Alt', 'super': 'Super'}


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def check(self, name, problems):
        self.n += 1
        if problems:
            self.failed += 1
            print(f'not ok {self.n} - {name}')
            for p in problems:
                print(f'# {p}')
        else:
            print(f'ok {self.n} - {name}')

    def skip(self, name, why):
        self.n += 1
        print(f'ok {self.n} - {name} # SKIP {why}')


def load(path):
    tree = ET.parse(path)
    root = tree.getroot()
    base = os.path.dirname(path)

    def loader(href, parse, encoding=None):
        return ElementInclude.default_loader(os.path.join(base, href), parse, encoding)

    ElementInclude.include(root, loader=loader)
    return root


def text_of(el):
    return ' '.join(''.join(el.itertext()).split()) if el is not None else ''


def check_listed(c_dir, pages):
    on_disk = {f for f in os.listdir(c_dir) if f.endswith('.page')}
    listed = set(pages)
    problems = [f'{f} is in help/C but not in help_pages of help/meson.build'
                for f in sorted(on_disk - listed)]
    problems += [f'{f} is listed in help/meson.build but missing' for f in sorted(listed - on_disk)]
    return problems


def check_header(path):
    name = os.path.basename(path)
    with open(path, encoding='utf-8') as f:
        head = f.read(1200)
    problems = []
    if not head.startswith(f'<!-- {name}\n'):
        problems.append(f'{name}: line 1 must be "<!-- {name}"')
    for needle in ('Copyright 2026 The Travel Requests authors',
                   'SPDX-License-Identifier: CC-BY-SA-3.0 OR GPL-3.0-or-later'):
        if needle not in head:
            problems.append(f'{name}: the license block lacks "{needle}"')
    return problems


def check_info(path, index_sections):
    name = os.path.basename(path)
    stem = name[:-len('.page')]
    root = load(path)
    info = root.find(MAL + 'info')
    problems = []
    if root.tag != MAL + 'page' or root.get('id') != stem:
        return [f'{name}: the root must be a Mallard page with id "{stem}"']
    if info is None:
        return [f'{name}: no <info>']
    if not text_of(info.find(MAL + 'desc')):
        problems.append(f'{name}: no <desc>')
    if not text_of(root.find(MAL + 'title')):
        problems.append(f'{name}: no <title>')
    if not any(text_of(c.find(MAL + 'name')) for c in info.findall(MAL + 'credit')):
        problems.append(f'{name}: no <credit> with a <name>')
    rev = info.find(MAL + 'revision')
    if rev is None or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', rev.get('date', '')) or not rev.get('status'):
        problems.append(f'{name}: no <revision> with a date and a status')
    if not any(l.get('href') in CC_BY_SA for l in info.findall(MAL + 'license')):
        problems.append(f'{name}: no CC-BY-SA 3.0 <license> (include legal.xml)')
    if stem == 'index':
        if root.get('type') != 'guide':
            problems.append('index.page must be a guide page')
        return problems
    guides = [l.get('xref', '') for l in info.findall(MAL + 'link') if l.get('type') == 'guide']
    if not any(g.startswith('index#') and g[len('index#'):] in index_sections for g in guides):
        problems.append(f'{name}: no <link type="guide"> to a section of index.page')
    return problems


def app_strings(src_dir):
    strings = set()
    c_string = re.compile(r'\b(?:N_|_|N?C_\s*\(\s*"[^"]*"\s*,)\s*\(?\s*"((?:[^"\\]|\\.)*)"')
    ui_string = re.compile(r'translatable="yes"[^>]*>([^<]*)<')
    for folder, _dirs, files in os.walk(src_dir):
        for f in files:
            if not f.endswith(('.c', '.ui')):
                continue
            with open(os.path.join(folder, f), encoding='utf-8') as fh:
                data = fh.read()
            pattern = c_string if f.endswith('.c') else ui_string
            for m in pattern.finditer(data):
                strings.add(normalize_label(html.unescape(m.group(1))))
    return strings


def normalize_label(label):
    return ' '.join(label.replace('_', '').replace('...', '…').split())


def check_labels(pages, src_dir):
    known = app_strings(src_dir)
    problems = []
    for path in pages:
        for gui in load(path).iter(MAL + 'gui'):
            label = normalize_label(text_of(gui))
            if label in known or label in GTK_LABELS or label in PENDING_LABELS:
                continue
            problems.append(f'{os.path.basename(path)}: <gui>{label}</gui> is no label of the app')
    return problems


def parse_accel(accel):
    mods = [GTK_MODS.get(m.lower(), m) for m in re.findall(r'<([^>]+)>', accel)]
    key = re.sub(r'<[^>]+>', '', accel)
    key = GTK_KEYS.get(key, key.upper() if len(key) == 1 else key)
    order = ['Shift', 'Ctrl', 'Alt', 'Super']
    return tuple(sorted(set(mods), key=lambda m: order.index(m) if m in order else 9)) + (key,)


def app_accels(src_dir):
    accels = set()
    c_accel = re.compile(r'"((?:<(?:Control|Primary|Ctrl|Shift|Alt|Super)>)+[^"<>\s]+|F(?:[1-9]|1[0-2]))"')
    ui_accel = re.compile(r'<property name="accelerator">([^<]+)</property>')
    for folder, _dirs, files in os.walk(src_dir):
        for f in files:
            if not f.endswith(('.c', '.ui')):
                continue
            with open(os.path.join(folder, f), encoding='utf-8') as fh:
                data = fh.read()
            if f.endswith('.c'):
                found = c_accel.findall(data)
            else:
                found = [a for m in ui_accel.findall(data) for a in html.unescape(m).split()]
            accels.update((parse_accel(a), os.path.join(folder, f)) for a in found)
    return accels


def documented_keys(path):
    keys = set()
    root = load(path)
    in_seq = set()
    for seq in root.iter(MAL + 'keyseq'):
        parts = [text_of(k) for k in seq.findall(MAL + 'key')]
        in_seq.update(seq.findall(MAL + 'key'))
        order = ['Shift', 'Ctrl', 'Alt', 'Super']
        mods = sorted(parts[:-1], key=lambda m: order.index(m) if m in order else 9)
        keys.add(tuple(mods) + (parts[-1],))
    for key in root.iter(MAL + 'key'):
        if key not in in_seq:
            keys.add((text_of(key),))
    return keys


def check_shortcuts(shortcuts_page, src_dir):
    accels = app_accels(src_dir)
    if not accels:
        return [f'no accelerator found under {src_dir}: is the path right?']
    documented = documented_keys(shortcuts_page)
    return [f'{"+".join(a)} (from {os.path.relpath(f, src_dir)}) is not on shortcuts.page'
            for a, f in sorted(accels) if a not in documented]


def check_itstool(pages):
    itstool = shutil.which('itstool')
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'help.pot')
        run = subprocess.run([itstool, '-o', pot] + pages, capture_output=True, text=True)
        if run.returncode != 0:
            return [f'itstool failed: {run.stderr.strip()}']
        with open(pot, encoding='utf-8') as f:
            msgids = f.read()
    problems = []
    for path in pages:
        title = text_of(load(path).find(MAL + 'title'))
        if f'msgid "{title}"' not in msgids:
            problems.append(f'{os.path.basename(path)}: its title "{title}" is not in the template')
    return problems


def main(argv):
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    help_dir, src_dir, names = argv[1], argv[2], argv[3:]
    c_dir = os.path.join(help_dir, 'C')
    pages = [os.path.join(c_dir, n) for n in names]
    tap = Tap()
    print('1..6')
    tap.check('every page in help/C is installed', check_listed(c_dir, names))
    tap.check('license blocks', [p for f in pages + [os.path.join(c_dir, 'legal.xml')]
                                 for p in check_header(f)])
    index = load(os.path.join(c_dir, 'index.page'))
    sections = {s.get('id') for s in index.iter(MAL + 'section')}
    tap.check('info of each page', [p for f in pages for p in check_info(f, sections)])
    tap.check('<gui> labels are the app’s', check_labels(pages, src_dir))
    tap.check('every accelerator of the app is documented',
              check_shortcuts(os.path.join(c_dir, 'shortcuts.page'), src_dir))
    if shutil.which('itstool'):
        tap.check('itstool extracts every page for translation', check_itstool(pages))
    else:
        tap.skip('itstool extracts every page for translation', 'itstool is not installed')
    return 1 if tap.failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
