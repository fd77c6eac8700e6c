// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// What a check run records of the files it read, and why a real run may not go ahead on its
// strength: files changed, added or removed since, other options, hosts that were not reviewed.
#include "core/jobs/runapproval.h"
#include "core/util/atomicfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using core::jobs::AnsibleRunOptions;
using core::jobs::approvalProblems;
using core::jobs::runFingerprint;

namespace {

bool write(const QString &path, const QByteArray &text)
{
    return QDir().mkpath(QFileInfo(path).absolutePath()) && core::util::writeFileAtomically(path, text).ok();
}

/** A playbook with a role beside it, an inventory folder with group_vars, and a .git folder. */
struct Project
{
    QTemporaryDir dir;
    AnsibleRunOptions checked;
    QStringList hosts { QStringLiteral("web1"), QStringLiteral("web2") };

    QString path(const QString &relative) const { return dir.filePath(relative); }

    bool make()
    {
        checked.playbook = path(QStringLiteral("play/site.yml"));
        checked.inventory = path(QStringLiteral("inventory"));
        checked.limit = QStringLiteral("webservers");
        checked.check = true;
        checked.diff = true;
        checked.extraVars.insert(QStringLiteral("release"), QStringLiteral("2026.12"));
        return dir.isValid() && write(checked.playbook, "- hosts: all\n  roles: [conda]\n")
            && write(path(QStringLiteral("play/roles/conda/tasks/main.yml")), "- debug: msg=hi\n")
            && write(path(QStringLiteral("play/.git/HEAD")), "ref: refs/heads/main\n")
            && write(path(QStringLiteral("inventory/hosts.ini")), "[webservers]\nweb1\nweb2\n")
            && write(path(QStringLiteral("inventory/group_vars/all.yml")), "conda_root: /opt/conda\n");
    }

    AnsibleRunOptions real() const { return core::jobs::realRunOptions(checked, hosts); }
};

} // namespace

class TestRunApproval : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fingerprintCoversPlaybookFolderAndInventory()
    {
        Project p;
        QVERIFY(p.make());
        const QVariantMap files = runFingerprint(p.checked);
        QStringList names = files.keys();
        QCOMPARE(names,
            (QStringList { p.path(QStringLiteral("inventory/group_vars/all.yml")),
                p.path(QStringLiteral("inventory/hosts.ini")),
                p.path(QStringLiteral("play/roles/conda/tasks/main.yml")), p.path(QStringLiteral("play/site.yml")) }));
        // sha256 of the playbook's bytes
        QCOMPARE(files.value(p.checked.playbook).toString(),
            QStringLiteral("%1").arg(QString::fromLatin1(
                QCryptographicHash::hash("- hosts: all\n  roles: [conda]\n", QCryptographicHash::Sha256).toHex())));
    }

    void unchangedIsApproved()
    {
        Project p;
        QVERIFY(p.make());
        const QVariantMap before = runFingerprint(p.checked);
        QCOMPARE(approvalProblems(p.checked, before, p.hosts, p.real()), QStringList());
    }

    void changedAddedAndRemovedFilesAreReasons()
    {
        Project p;
        QVERIFY(p.make());
        const QVariantMap before = runFingerprint(p.checked);
        QVERIFY(write(p.path(QStringLiteral("play/roles/conda/tasks/main.yml")), "- debug: msg=changed\n"));
        QVERIFY(write(p.path(QStringLiteral("inventory/host_vars/web1.yml")), "pin: 2\n"));
        QVERIFY(QFile::remove(p.path(QStringLiteral("inventory/group_vars/all.yml"))));
        // A change in a hidden folder (git metadata) is not a reason.
        QVERIFY(write(p.path(QStringLiteral("play/.git/HEAD")), "ref: refs/heads/other\n"));
        QStringList problems = approvalProblems(p.checked, before, p.hosts, p.real());
        problems.sort();
        QCOMPARE(problems,
            (QStringList { QStringLiteral("added: ") + p.path(QStringLiteral("inventory/host_vars/web1.yml")),
                QStringLiteral("changed: ") + p.path(QStringLiteral("play/roles/conda/tasks/main.yml")),
                QStringLiteral("removed: ") + p.path(QStringLiteral("inventory/group_vars/all.yml")) }));
    }

    void otherOptionsAreReasons()
    {
        Project p;
        QVERIFY(p.make());
        const QVariantMap before = runFingerprint(p.checked);
        AnsibleRunOptions real = p.real();
        real.tags = QStringList { QStringLiteral("conda") };
        real.extraVars.insert(QStringLiteral("release"), QStringLiteral("2027.01"));
        real.limit = QStringLiteral("web1,web3");
        const QStringList problems = approvalProblems(p.checked, before, p.hosts, real);
        QCOMPARE(problems,
            (QStringList { QStringLiteral("other tags: conda"), QStringLiteral("other extra vars"),
                QStringLiteral("hosts that were not reviewed: limit web1,web3") }));
        // A narrower limit is fine: those hosts were reviewed.
        real = p.real();
        real.limit = QStringLiteral("web2");
        QCOMPARE(approvalProblems(p.checked, before, p.hosts, real), QStringList());
    }

    void noFingerprintIsNotApproved()
    {
        Project p;
        QVERIFY(p.make());
        QCOMPARE(approvalProblems(p.checked, {}, p.hosts, p.real()).size(), 1);
    }

    void commandLineIsQuotedAndMasksSecrets()
    {
        AnsibleRunOptions o;
        o.playbook = QStringLiteral("/srv/play/site.yml");
        o.inventory = QStringLiteral("/srv/inventory");
        o.limit = QStringLiteral("web1,web2");
        o.extraVars.insert(QStringLiteral("db_password"), QStringLiteral("hunter2"));
        o.extraVars.insert(QStringLiteral("note"), QStringLiteral("it's here"));
        const QString line = core::jobs::displayCommandLine(o);
        QVERIFY2(line.startsWith(QStringLiteral("ansible-playbook ")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("--limit=web1,web2")), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("hunter2")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("********")), qPrintable(line));
        // The JSON of -e is one quoted word; the apostrophe in it survives the quoting.
        QVERIFY2(line.contains(QStringLiteral("'\\''")), qPrintable(line));
        QCOMPARE(core::jobs::maskedExtraVars(o.extraVars).value(QStringLiteral("note")).toString(),
            QStringLiteral("it's here"));
    }
};

QTEST_GUILESS_MAIN(TestRunApproval)
#include "tst_runapproval.moc"
