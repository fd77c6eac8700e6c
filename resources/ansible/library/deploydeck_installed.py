#!/usr/bin/python
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 deploydeck authors
"""Ansible module of deploydeck: what a host has installed, RPMs and conda environments.

Runs on the host (any Python 3 that Ansible can use), changes nothing, and returns its findings in
the result key "deploydeck_data", which deploydeck's callback plugin passes on as event data.
"""

import json
import os

from ansible.module_utils.basic import AnsibleModule

DOCUMENTATION = r'''
    module: deploydeck_installed
    short_description: lists the RPMs and the conda environments' packages a host has installed
    description:
      - Reads C(rpm -qa) (with C(--root) when rpm_root is not /) and, for every environment named in
        envs, the records in C(<conda_root>/envs/<env>/conda-meta/*.json). Changes nothing.
    options:
      rpm_root:
        description: The root whose RPM database is read.
        type: str
        default: /
      conda_root:
        description: The conda installation; environments live in its envs folder, base in itself.
        type: str
        default: /opt/conda
      envs:
        description: Environment names (or absolute prefixes) to read.
        type: list
        elements: str
        default: []
      rpm:
        description: Whether to read the RPM database at all.
        type: bool
        default: true
'''

RPM_FORMAT = '%{NAME}\\t%{EPOCHNUM}\\t%{VERSION}\\t%{RELEASE}\\t%{ARCH}\\n'
CONDA_FIELDS = ('name', 'version', 'build', 'build_number', 'channel', 'subdir', 'sha256', 'md5', 'url', 'fn')


def read_rpms(module, root):
    """{'root', 'packages': [...]} or {'root', 'error': text}."""
    found = {'root': root}
    rpm = module.get_bin_path('rpm')
    if not rpm:
        found['error'] = 'rpm is not installed on this host'
        return found
    # rpm -qa under a root without a database prints nothing, exits 0 and creates the database's
    # folder: that would read as "nothing installed" and change the host. Look first.
    rc, out, err = module.run_command([rpm, '--eval', '%{_dbpath}'], environ_update={'LC_ALL': 'C'})
    dbpath = out.strip()
    if rc != 0 or not dbpath.startswith('/'):
        found['error'] = 'rpm --eval %%{_dbpath} gave no database folder: %s' % (err.strip() or out.strip())
        return found
    database = os.path.join(root or '/', dbpath.lstrip('/'))
    if not os.path.isdir(database) or not os.listdir(database):
        found['error'] = 'no RPM database in %s' % database
        return found
    args = [rpm]
    if root and root != '/':
        args += ['--root', root]
    args += ['-qa', '--qf', RPM_FORMAT]
    rc, out, err = module.run_command(args, environ_update={'LC_ALL': 'C'})
    if rc != 0:
        found['error'] = (err.strip() or out.strip() or 'rpm -qa exited with %d' % rc)
        return found
    packages = []
    for line in out.splitlines():
        fields = line.split('\t')
        if len(fields) != 5:
            continue
        name, epoch, version, release, arch = fields
        packages.append({'name': name, 'epoch': epoch, 'version': version, 'release': release, 'arch': arch})
    found['packages'] = packages
    # rpm -qa on a root without a database prints nothing and exits 0 on some versions.
    if not packages and err.strip():
        found['error'] = err.strip()
    return found


def env_prefix(conda_root, name):
    if name.startswith('/'):
        return name
    if name == 'base':
        return conda_root
    return os.path.join(conda_root, 'envs', name)


def read_env(conda_root, name):
    prefix = env_prefix(conda_root, name)
    meta = os.path.join(prefix, 'conda-meta')
    env = {'name': name, 'prefix': prefix, 'exists': os.path.isdir(meta), 'packages': [], 'errors': []}
    if not env['exists']:
        return env
    for entry in sorted(os.listdir(meta)):
        if not entry.endswith('.json'):
            continue
        path = os.path.join(meta, entry)
        try:
            with open(path, encoding='utf-8') as f:
                record = json.load(f)
        except (OSError, ValueError) as e:
            env['errors'].append('%s: %s' % (path, e))
            continue
        if not isinstance(record, dict) or not isinstance(record.get('name'), str):
            env['errors'].append('%s: not a conda package record' % path)
            continue
        env['packages'].append({key: record[key] for key in CONDA_FIELDS if key in record})
    return env


def main():
    module = AnsibleModule(
        argument_spec={
            'rpm_root': {'type': 'str', 'default': '/'},
            'conda_root': {'type': 'str', 'default': '/opt/conda'},
            'envs': {'type': 'list', 'elements': 'str', 'default': []},
            'rpm': {'type': 'bool', 'default': True},
        },
        supports_check_mode=True,
    )
    params = module.params
    data = {'format': 1}
    if params['rpm']:
        data['rpm'] = read_rpms(module, params['rpm_root'])
    data['conda'] = {'root': params['conda_root'],
                     'envs': [read_env(params['conda_root'], name) for name in params['envs']]}
    module.exit_json(changed=False, deploydeck_data=data)


if __name__ == '__main__':
    main()
