# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 deploydeck authors
"""Ansible callback plugin of deploydeck: one JSON event per line, for the job that runs the play.

deploydeck enables it for its runs with ANSIBLE_CALLBACK_PLUGINS (this folder) and
ANSIBLE_CALLBACKS_ENABLED=deploydeck_events, and names the file to append to in DEPLOYDECK_EVENTS.
The stdout callback stays the default one, so the plain log remains readable.

Every line is a JSON object with "event" (playbook_start, play_start, task_start, host_result,
recap) and a running "seq" number. Written for ansible-core 2.14 and later.
"""

import json
import os
from collections.abc import Mapping

from ansible import context
from ansible.plugins.callback import CallbackBase

DOCUMENTATION = r'''
    name: deploydeck_events
    type: notification
    short_description: writes deploydeck's JSON event stream
    description:
      - Appends one JSON object per line to the file named by the DEPLOYDECK_EVENTS environment
        variable; does nothing when it is not set.
    requirements:
      - enabled through callbacks_enabled (ANSIBLE_CALLBACKS_ENABLED)
'''

FORMAT_VERSION = 1
# Text fields (msg, stdout, stderr, diffs) are cut here so one event stays a manageable line.
MAX_TEXT = 256 * 1024
DIFF_SKIP_REASONS = ('dst_binary', 'src_binary', 'dst_larger', 'src_larger')


def _text(value):
    """A string no longer than MAX_TEXT, whatever the value was."""
    if value is None:
        return ''
    if isinstance(value, bytes):
        value = value.decode('utf-8', 'replace')
    elif not isinstance(value, str):
        value = json.dumps(value, indent=2, sort_keys=True, default=str)
    return value if len(value) <= MAX_TEXT else value[:MAX_TEXT] + '\n[... cut by deploydeck]'


def _diff_text(value):
    # Modules such as sysctl give structures; show them as the default callback does, as text.
    if isinstance(value, Mapping):
        return _text(json.dumps(value, indent=4, sort_keys=True, default=str) + '\n')
    return _text(value)


def _one_diff(diff):
    if not isinstance(diff, Mapping):
        return {'prepared': _text(diff)}
    out = {}
    for key in ('before', 'after'):
        if key in diff:
            out[key] = _diff_text(diff[key])
    for key in ('before_header', 'after_header', 'prepared'):
        if key in diff:
            out[key] = _text(diff[key])
    skipped = [key for key in DIFF_SKIP_REASONS if key in diff]
    if skipped:
        out['skipped'] = skipped[0]
    return out


def _diffs(result):
    """The result's diffs as a list, including those of loop items, leaving out empty ones."""
    found = []
    items = result.get('results')
    if isinstance(items, list):
        for item in items:
            if isinstance(item, Mapping) and item.get('diff') and item.get('changed', False):
                found.extend(_as_list(item['diff']))
    if result.get('diff'):
        found.extend(_as_list(result['diff']))
    # A "file attributes" entry without before/after says nothing a reviewer can see.
    return [d for d in map(_one_diff, found) if set(d) - {'before_header', 'after_header'}]


def _item_status(item):
    if item.get('unreachable'):
        return 'unreachable'
    if item.get('failed'):
        return 'failed'
    if item.get('skipped'):
        return 'skipped'
    return 'changed' if item.get('changed') else 'ok'


def _items(result):
    """One entry per loop item: its label, status and message."""
    items = result.get('results')
    if not isinstance(items, list):
        return []
    out = []
    for item in items:
        if not isinstance(item, Mapping):
            continue
        if item.get('_ansible_no_log'):
            label = '(censored due to no_log)'
        else:
            label = item.get('_ansible_item_label', item.get(item.get('ansible_loop_var', 'item'), ''))
        entry = {'label': _text(label), 'status': _item_status(item)}
        if item.get('msg'):
            entry['msg'] = _text(item['msg'])
        out.append(entry)
    return out


def _as_list(value):
    return value if isinstance(value, list) else [value]


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = 'notification'
    CALLBACK_NAME = 'deploydeck_events'
    CALLBACK_NEEDS_ENABLED = True

    def __init__(self):
        super().__init__()
        self._seq = 0
        self._play_id = ''
        self._out = None
        path = os.environ.get('DEPLOYDECK_EVENTS')
        if not path:
            self.disabled = True
            return
        # Append mode: each event is one write() of a whole line, so a reader never sees two
        # events mixed; a reader may see a line before its end and must wait for the newline.
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self._out = os.fdopen(fd, 'w', encoding='utf-8')

    def _emit(self, event, **fields):
        if self._out is None:
            return
        self._seq += 1
        record = {'event': event, 'seq': self._seq}
        record.update(fields)
        self._out.write(json.dumps(record, ensure_ascii=False, default=str, separators=(',', ':')) + '\n')
        self._out.flush()

    # --- playbook, plays and tasks -----------------------------------------------------------

    def v2_playbook_on_start(self, playbook):
        args = context.CLIARGS
        self._emit('playbook_start', format=FORMAT_VERSION, playbook=playbook._file_name,
                   check=bool(args.get('check', False)), diff=bool(args.get('diff', False)))

    def v2_playbook_on_play_start(self, play):
        self._play_id = str(play._uuid)
        hosts = play.hosts if isinstance(play.hosts, list) else [play.hosts]
        check_mode = getattr(play, 'check_mode', None)
        self._emit('play_start', play_id=self._play_id, name=play.get_name(), hosts=[str(h) for h in hosts],
                   check=bool(check_mode) if check_mode is not None else None)

    def _task_start(self, task, handler):
        self._emit('task_start', task_id=str(task._uuid), play_id=self._play_id, name=task.get_name(),
                   action=task.action, path=task.get_path() or '', handler=handler)

    def v2_playbook_on_task_start(self, task, is_conditional):
        self._task_start(task, False)

    def v2_playbook_on_handler_task_start(self, task):
        self._task_start(task, True)

    # --- per-host results --------------------------------------------------------------------

    def _host_result(self, result, status, ignored=False):
        res = result._result
        if status == 'ok' and res.get('changed', False):
            status = 'changed'
        fields = {
            'host': result._host.get_name(),
            'task_id': str(result._task._uuid),
            'task': result._task.get_name(),
            'status': status,
            'changed': bool(res.get('changed', False)),
            'ignored': ignored,
            'diffs': _diffs(res),
        }
        items = _items(res)
        if items:
            fields['items'] = items
        for key in ('msg', 'stdout', 'stderr'):
            if res.get(key):
                fields[key] = _text(res[key])
        if 'rc' in res:
            fields['rc'] = res['rc']
        # A gatherer's findings (deploydeck_installed) travel whole, as structured data.
        if isinstance(res.get('deploydeck_data'), Mapping):
            fields['data'] = res['deploydeck_data']
        self._emit('host_result', **fields)

    def v2_runner_on_ok(self, result):
        self._host_result(result, 'ok')

    def v2_runner_on_failed(self, result, ignore_errors=False):
        self._host_result(result, 'failed', ignored=bool(ignore_errors))

    def v2_runner_on_skipped(self, result):
        self._host_result(result, 'skipped')

    def v2_runner_on_unreachable(self, result):
        self._host_result(result, 'unreachable')

    # --- the end -----------------------------------------------------------------------------

    def v2_playbook_on_stats(self, stats):
        hosts = {}
        for host in sorted(stats.processed.keys()):
            s = stats.summarize(host)
            hosts[host] = {key: int(s.get(key, 0)) for key in
                           ('ok', 'changed', 'unreachable', 'failures', 'skipped', 'rescued', 'ignored')}
        self._emit('recap', hosts=hosts)
