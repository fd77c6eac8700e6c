// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Processes (issue 9, requirement 6): no shell ever starts a process — the sources are scanned for
// every way to get one — and extra vars and limits full of quotes, spaces, ';', '$()' and the like
// reach the real ansible-playbook (on local hosts) literally, through `deploydeck run-playbook`.
#include "tests/hardening/hardening.h"
#include "tests/support/requirements.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using hardening::Run;
using hardening::s;

namespace {

const char *const s_inventory = "[web]\nalpha\nbeta\n[all:vars]\nansible_connection=local\n"
                                "ansible_python_interpreter=/usr/bin/python3\n";

/** Writes each received var vN to @OUT@/<host>-vN.txt, byte for byte. */
const char *const s_playbook = R"(- name: Write what arrived
  hosts: web
  gather_facts: false
  tasks:
    - name: Write each var
      ansible.builtin.copy:
        dest: "@OUT@/{{ inventory_hostname }}-{{ item }}.txt"
        content: "{{ lookup('ansible.builtin.vars', item) }}"
      loop: "{{ query('ansible.builtin.varnames', '^v[0-9]+$') }}"
)";

} // namespace

class TestProcesses : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString marker() const { return path(s("pwned")); }

    /** Values that a shell (or a careless split) would turn into something else. */
    QStringList payloads() const
    {
        const QString m = marker();
        return {
            s("it's \"quoted\" and 'single'"),
            s("two  spaces,\ttab and trailing "),
            s("a; touch ") + m,
            s("$(touch ") + m + s(")"),
            s("`touch ") + m + s("`"),
            s("x && touch ") + m + s(" || true | cat > ") + m,
            s("${HOME} $HOME %s %n \\ \\\\ \\n"),
            s("line one\nline two"),
            s("@/etc/passwd"),
            s("--extra-vars=other=1 -e x=y"),
            s("= leading equals"),
            s("unicode åäö ✓ — \u00a0nbsp"),
            s("<tag attr=\"1\"> & | > < ! # *"),
            s(" "),
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(path(s("out"))));
        QVERIFY(hardening::writeAll(path(s("inventory.ini")), s_inventory));
        QVERIFY(hardening::writeAll(path(s("write.yml")), QByteArray(s_playbook).replace("@OUT@", path(s("out")).toUtf8())));
    }

    /** No source file starts a shell, or a process from one command string. */
    void noShellInTheSources()
    {
        const QList<QPair<QRegularExpression, const char *>> forbidden{
            {QRegularExpression(s("(^|[^:\\w.>])(std::|::)?system\\s*\\(")), "system()"},
            {QRegularExpression(s("\\bpopen\\s*\\(")), "popen()"},
            {QRegularExpression(s("\\bexec(l|lp|le|v|vp|vpe)\\s*\\(")), "exec*()"},
            {QRegularExpression(s("\\bposix_spawnp?\\s*\\(")), "posix_spawn()"},
            {QRegularExpression(s("startCommand\\s*\\(")), "QProcess::startCommand() (splits one string)"},
            {QRegularExpression(s("startDetached\\s*\\(\\s*[^,()]*\\)")), "QProcess::startDetached(command)"},
            {QRegularExpression(s("\"(/usr)?(/bin/)?(ba|da|z|k)?sh\"")), "a shell as the program"},
            {QRegularExpression(s("QStringLiteral\\(\"-c\"\\)|u\"-c\"")), "\"-c\" (sh -c)"},
        };
        int files = 0;
        int processUses = 0;
        for (const char *folder : {"core", "app", "ui"}) {
            QDirIterator it(s(DEPLOYDECK_SOURCE_DIR "/") + s(folder), {s("*.cpp"), s("*.h")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                const QStringList lines = QString::fromUtf8(hardening::readAll(file)).split(u'\n');
                ++files;
                for (int i = 0; i < lines.size(); ++i) {
                    const QString code = lines[i].section(s("//"), 0, 0);  // comments may talk about shells
                    processUses += code.contains(s("QProcess")) ? 1 : 0;
                    for (const auto &[pattern, what] : forbidden)
                        QVERIFY2(!pattern.match(code).hasMatch(),
                                 qPrintable(QStringLiteral("%1:%2: %3: %4").arg(file).arg(i + 1).arg(QString::fromLatin1(what), lines[i])));
                }
            }
        }
        qInfo("scanned %d source files, %d lines mention QProcess", files, processUses);
        QVERIFY(files > 50);
        QVERIFY(processUses > 0);  // the scan did see the process code
    }

    /** KEY=VALUE extra vars, a JSON object and an odd --limit reach ansible-playbook literally. */
    void extraVarsAndLimitArriveLiterally()
    {
        REQUIRE_OR_SKIP(!QStandardPaths::findExecutable(s("ansible-playbook")).isEmpty(),
            QStringLiteral("ansible-playbook is not installed (Debian package ansible-core)"));
        const QStringList values = payloads();
        QStringList args{s("run-playbook"), s("-i"), path(s("inventory.ini")), s("--limit"), s("alpha,'$(touch ") + marker() + s(")';x")};
        QJsonObject json;
        for (int i = 0; i < values.size(); ++i) {
            if (i % 2 == 0)
                args << s("-e") << s("v%1=%2").arg(i).arg(values[i]);
            else
                json.insert(s("v%1").arg(i), values[i]);
        }
        args << s("-e") << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << path(s("write.yml"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("HOME"), path(s("home")));
        env.insert(s("ANSIBLE_LOCAL_TEMP"), path(s("home/.ansible/tmp")));
        const Run r = hardening::deploydeck(args, env, {}, 300000);
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        for (int i = 0; i < values.size(); ++i) {
            const QString file = path(s("out/alpha-v%1.txt").arg(i));
            QVERIFY2(QFileInfo::exists(file), qPrintable(file + u'\n' + r.all()));
            QCOMPARE(QString::fromUtf8(hardening::readAll(file)), values[i]);
        }
        QVERIFY2(!QFileInfo::exists(path(s("out/beta-v0.txt"))), "the limit must keep beta out");
        QVERIFY2(!QFileInfo::exists(marker()), "a shell ran part of a value");
    }

    /**
     * Ansible templates the values of variables when it uses them: an extra var holding "{{ ... }}"
     * would run Jinja (a pipe lookup runs a command on the controller). Literally means as text.
     */
    void jinjaInExtraVarsStaysText()
    {
        REQUIRE_OR_SKIP(!QStandardPaths::findExecutable(s("ansible-playbook")).isEmpty(),
            QStringLiteral("ansible-playbook is not installed (Debian package ansible-core)"));
        const QStringList values{s("{{ 6 * 7 }}"), s("{{ lookup('ansible.builtin.pipe', 'touch ") + marker() + s("') }}"),
                                 s("{% raw %}x{% endraw %} {# c #}")};
        QStringList args{s("run-playbook"), s("-i"), path(s("inventory.ini")), s("--limit"), s("alpha")};
        for (int i = 0; i < values.size(); ++i)
            args << s("-e") << s("v%1=%2").arg(i + 100).arg(values[i]);
        args << path(s("write.yml"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("HOME"), path(s("home")));
        const Run r = hardening::deploydeck(args, env, {}, 300000);
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        QVERIFY2(!QFileInfo::exists(marker()), "a pipe lookup in an extra var ran a command");
        for (int i = 0; i < values.size(); ++i)
            QCOMPARE(QString::fromUtf8(hardening::readAll(path(s("out/alpha-v%1.txt").arg(i + 100)))), values[i]);
    }
};

QTEST_GUILESS_MAIN(TestProcesses)
#include "tst_processes.moc"
