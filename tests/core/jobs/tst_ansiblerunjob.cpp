// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Runs the real ansible-playbook on local hosts (ansible_connection=local) that write into a
// temporary folder.
#include "core/jobs/ansiblerunjob.h"
#include "tests/support/requirements.h"

#include "core/jobs/jobfactory.h"
#include "core/jobs/jobhistory.h"
#include "core/util/atomicfile.h"
#include "processgroup.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace core::jobs;

namespace {

constexpr int s_timeout = 180000;

const char *const s_inventory = R"([web]
alpha
beta
[db]
gamma
[remote]
delta ansible_connection=ssh ansible_host=127.0.0.1 ansible_port=1 ansible_timeout=5
[all:vars]
ansible_connection=local
ansible_python_interpreter=/usr/bin/python3
out_dir=@OUT@
)";

const char *const s_deploy = R"(- name: Deploy configuration
  hosts: web:db
  gather_facts: false
  tasks:
    - name: Write config
      ansible.builtin.copy:
        dest: "{{ out_dir }}/{{ inventory_hostname }}.conf"
        content: "host={{ inventory_hostname }}\nversion=2\n"
    - name: Only on web
      ansible.builtin.debug:
        msg: "web host {{ inventory_hostname }}"
      when: "'web' in group_names"
)";

const char *const s_failing = R"(- name: Failing play
  hosts: web:db
  gather_facts: false
  tasks:
    - name: Check version
      ansible.builtin.command: /bin/sh -c "echo checking {{ inventory_hostname }}; test {{ inventory_hostname }} != beta"
    - name: After
      ansible.builtin.debug:
        msg: still here
)";

const char *const s_reach = R"(- name: Reach
  hosts: alpha:delta
  gather_facts: false
  tasks:
    - name: Ping
      ansible.builtin.ping:
)";

const char *const s_sleep = R"(- name: Long run
  hosts: alpha
  gather_facts: false
  tasks:
    - name: Before
      ansible.builtin.debug:
        msg: before the sleep
    - name: Sleep
      ansible.builtin.command: sleep 3117
)";

const char *const s_payload = R"(- name: Payload
  hosts: alpha
  gather_facts: false
  tasks:
    - name: Write payload
      ansible.builtin.copy:
        dest: "{{ out_dir }}/payload.txt"
        content: "{{ payload }}"
)";

QByteArray readAll(const QString &path)
{
    const auto data = core::util::readFile(path);
    return data ? *data : QByteArray();
}

} // namespace

class TestAnsibleRunJob : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString out(const QString &name) const { return m_dir.filePath(QStringLiteral("out/") + name); }

    void writeFile(const QString &name, QByteArray content)
    {
        content.replace("@OUT@", path(QStringLiteral("out")).toUtf8());
        QVERIFY(core::util::writeFileAtomically(path(name), content).ok());
    }

    AnsibleRunOptions options(const char *playbook) const
    {
        AnsibleRunOptions o;
        o.playbook = path(QString::fromLatin1(playbook));
        o.inventory = path(QStringLiteral("inventory.ini"));
        return o;
    }

    static bool runToEnd(AnsibleRunJob &job)
    {
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        return job.isFinished() || finished.wait(s_timeout);
    }

    static QString log(const Job &job) { return job.logLines().join(QLatin1Char('\n')); }

    const HostTaskResult *result(const AnsibleReview &review, const QString &host, const QString &taskName)
    {
        for (const AnsibleTask &task : review.tasks)
            if (task.name == taskName)
                return review.result(host, task.id);
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_OR_SKIP(!QStandardPaths::findExecutable(QStringLiteral("ansible-playbook")).isEmpty(),
            QStringLiteral("ansible-playbook is not installed (Debian package ansible-core)"));
        QVERIFY(!AnsibleRunJob::pluginFolder().isEmpty());
        QVERIFY(QDir().mkpath(path(QStringLiteral("out"))));
        writeFile(QStringLiteral("inventory.ini"), s_inventory);
        writeFile(QStringLiteral("deploy.yml"), s_deploy);
        writeFile(QStringLiteral("failing.yml"), s_failing);
        writeFile(QStringLiteral("reach.yml"), s_reach);
        writeFile(QStringLiteral("sleep.yml"), s_sleep);
        writeFile(QStringLiteral("payload.yml"), s_payload);
    }

    void checkDiffThenRealRun()
    {
        QVERIFY(core::util::writeFileAtomically(out(QStringLiteral("alpha.conf")), "host=alpha\nversion=1\n").ok());
        AnsibleRunOptions checked = options("deploy.yml");
        checked.check = true;
        checked.diff = true;
        checked.limit = QStringLiteral("alpha,beta");
        AnsibleRunJob check(checked);
        QSignalSpy reviewChanged(&check, &AnsibleRunJob::reviewChanged);
        QVERIFY(runToEnd(check));
        QCOMPARE(check.state(), JobState::Succeeded);
        QVERIFY(reviewChanged.count() >= 1);

        // The review: both hosts changed, with the diffs, and nothing written.
        const AnsibleReview &review = check.review();
        QVERIFY(review.checkMode);
        QVERIFY(review.hasRecap);
        QCOMPARE(review.recap.size(), 2);
        const HostTaskResult *alpha = result(review, QStringLiteral("alpha"), QStringLiteral("Write config"));
        QVERIFY(alpha);
        QCOMPARE(alpha->status, TaskStatus::Changed);
        QCOMPARE(alpha->diffs.size(), std::size_t(1));
        QCOMPARE(alpha->diffs.front().before, QStringLiteral("host=alpha\nversion=1\n"));
        QCOMPARE(alpha->diffs.front().after, QStringLiteral("host=alpha\nversion=2\n"));
        // The copy module heads the new side with a temporary file; both sides name the destination.
        QCOMPARE(alpha->diffs.front().afterHeader, out(QStringLiteral("alpha.conf")));
        QCOMPARE(alpha->diffs.front().beforeHeader, out(QStringLiteral("alpha.conf")));
        const HostTaskResult *beta = result(review, QStringLiteral("beta"), QStringLiteral("Write config"));
        QVERIFY(beta && beta->diffs.size() == 1 && beta->diffs.front().before.isEmpty());
        QCOMPARE(readAll(out(QStringLiteral("alpha.conf"))), QByteArray("host=alpha\nversion=1\n"));
        QVERIFY(!QFileInfo::exists(out(QStringLiteral("beta.conf"))));
        QVERIFY(log(check).contains(QLatin1String("TASK [Write config]")));  // the plain log
        QCOMPARE(check.summary().value(QStringLiteral("changed")).toInt(), 2);

        // "Run for real" for the reviewed hosts, through the factory as a re-run would.
        JobFactory factory;
        AnsibleRunJob::registerKind(factory);
        const AnsibleRunOptions real = realRunOptions(check.options(), review.changedHosts());
        auto made = factory.create(AnsibleRunJob::kindName(), real.toParameters());
        QVERIFY(made.ok());
        auto *run = qobject_cast<AnsibleRunJob *>(made->get());
        QVERIFY(run);
        QVERIFY(!run->options().check);

        QTemporaryDir historyRoot;
        JobHistory history(historyRoot.path());
        history.track(run);
        QVERIFY(runToEnd(*run));
        QCOMPARE(run->state(), JobState::Succeeded);
        QVERIFY(!run->review().checkMode);
        QCOMPARE(readAll(out(QStringLiteral("alpha.conf"))), QByteArray("host=alpha\nversion=2\n"));
        QCOMPARE(readAll(out(QStringLiteral("beta.conf"))), QByteArray("host=beta\nversion=2\n"));
        QVERIFY(!QFileInfo::exists(out(QStringLiteral("gamma.conf"))));  // not reviewed, not touched

        // The history has it all.
        const auto loaded = JobHistory(historyRoot.path()).load();
        QCOMPARE(loaded.jobs.size(), std::size_t(1));
        QCOMPARE(loaded.jobs.front().state, JobState::Succeeded);
        QStringList limit = loaded.jobs.front().parameters.value(QStringLiteral("limit")).toString().split(QLatin1Char(','));
        limit.sort();  // in the order the hosts first reported
        QCOMPARE(limit, (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
        QCOMPARE(history.readLog(run->id()).value(), run->logLines());
    }

    void failingTask()
    {
        AnsibleRunJob job(options("failing.yml"));
        QVERIFY(runToEnd(job));
        QCOMPARE(job.state(), JobState::Failed);
        QCOMPARE(job.summary().value(QStringLiteral("exitCode")).toInt(), 2);  // Ansible: failed hosts
        const HostTaskResult *beta = result(job.review(), QStringLiteral("beta"), QStringLiteral("Check version"));
        QVERIFY(beta);
        QCOMPARE(beta->status, TaskStatus::Failed);
        QCOMPARE(beta->returnCode, std::optional<int>(1));
        QCOMPARE(beta->standardOutput, QStringLiteral("checking beta"));
        QCOMPARE(result(job.review(), QStringLiteral("beta"), QStringLiteral("After")), nullptr);
        QCOMPARE(result(job.review(), QStringLiteral("alpha"), QStringLiteral("After"))->status, TaskStatus::Ok);
        QCOMPARE(job.review().recap.value(QStringLiteral("beta")).failed, 1);
        QVERIFY(log(job).contains(QLatin1String("fatal: [beta]")));
        QCOMPARE(job.summary().value(QStringLiteral("failed")).toInt(), 1);
    }

    void unreachableHost()
    {
        AnsibleRunJob job(options("reach.yml"));
        QVERIFY(runToEnd(job));
        QCOMPARE(job.state(), JobState::Failed);
        QCOMPARE(job.summary().value(QStringLiteral("exitCode")).toInt(), 4);  // Ansible: unreachable hosts
        const HostTaskResult *delta = result(job.review(), QStringLiteral("delta"), QStringLiteral("Ping"));
        QVERIFY(delta);
        QCOMPARE(delta->status, TaskStatus::Unreachable);
        QCOMPARE(result(job.review(), QStringLiteral("alpha"), QStringLiteral("Ping"))->status, TaskStatus::Ok);
        QCOMPARE(job.review().recap.value(QStringLiteral("delta")).unreachable, 1);
        QVERIFY(log(job).contains(QLatin1String("UNREACHABLE")));
    }

    void cancelEndsTheRun()
    {
        AnsibleRunJob job(options("sleep.yml"));
        job.setKillGracePeriod(std::chrono::milliseconds(2000));
        job.start();
        // Cancel once the sleeping task really runs.
        QTRY_VERIFY_WITH_TIMEOUT(!tests::processesWithArgument("sleep 3117").isEmpty(), s_timeout);
        const qint64 group = job.processId();
        QSignalSpy finished(&job, &Job::finished);
        job.cancel();
        QVERIFY(job.isFinished() || finished.wait(s_timeout));
        QCOMPARE(job.state(), JobState::Cancelled);
        QVERIFY(log(job).contains(QLatin1String("TASK [Sleep]")));  // the log up to the cancel is kept
        QVERIFY(result(job.review(), QStringLiteral("alpha"), QStringLiteral("Before")));
        QTRY_VERIFY_WITH_TIMEOUT(tests::livingGroupMembers(group).isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(tests::processesWithArgument("sleep 3117").isEmpty(), 10000);
    }

    void extraVarsArriveLiterally()
    {
        const QString marker = path(QStringLiteral("pwned"));
        const QString payload = QStringLiteral("it's \"quoted\" ; $(touch %1) `touch %1` && echo two  spaces | cat > %1")
                                    .arg(marker);
        AnsibleRunOptions o = options("payload.yml");
        QVERIFY(addExtraVars(o.extraVars, QStringLiteral("payload=") + payload).ok());
        AnsibleRunJob job(o);
        QVERIFY(runToEnd(job));
        QCOMPARE(job.state(), JobState::Succeeded);
        QCOMPARE(QString::fromUtf8(readAll(out(QStringLiteral("payload.txt")))), payload);
        QVERIFY(!QFileInfo::exists(marker));
    }

    void extraVarsLargerThanOneArgumentMayBe()
    {
        // Linux refuses a single argument over 128 KiB (E2BIG): a gathering's environments of a few
        // thousand hosts are more. They reach the play whole, and stay literal text.
        QString payload;
        for (int i = 0; payload.size() < 300 * 1024; ++i)
            payload += QStringLiteral("host-%1:tango-tools,sardana,{{ 6 * 7 }};").arg(i);
        AnsibleRunOptions o = options("payload.yml");
        o.extraVars.insert(QStringLiteral("payload"), payload);
        AnsibleRunJob job(o);
        QVERIFY(runToEnd(job));
        QVERIFY2(job.state() == JobState::Succeeded, qPrintable(log(job)));
        QCOMPARE(QString::fromUtf8(readAll(out(QStringLiteral("payload.txt")))), payload);
    }

    void eventsFileCanBeKept()
    {
        const QString events = path(QStringLiteral("kept/events.jsonl"));
        QVERIFY(QDir().mkpath(path(QStringLiteral("kept"))));
        QVERIFY(core::util::writeFileAtomically(events, "{\"event\":\"stale\"}\n").ok());
        AnsibleRunOptions o = options("reach.yml");
        o.limit = QStringLiteral("alpha");
        AnsibleRunJob job(o);
        job.setEventsFile(events);
        QVERIFY(runToEnd(job));
        QCOMPARE(job.state(), JobState::Succeeded);
        const QByteArray written = readAll(events);
        QVERIFY(written.startsWith("{\"event\":\"playbook_start\""));  // the stale line is gone
        QVERIFY(written.contains("\"event\":\"recap\""));
        QVERIFY(job.eventProblems().empty());
    }

    void badOptionsFailTheJob_data()
    {
        QTest::addColumn<QString>("playbook");
        QTest::addColumn<QString>("inventory");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing playbook") << QStringLiteral("nope.yml") << QStringLiteral("inventory.ini")
                                          << QStringLiteral("no such playbook");
        QTest::newRow("no inventory") << QStringLiteral("deploy.yml") << QString() << QStringLiteral("no inventory given");
    }

    void badOptionsFailTheJob()
    {
        QFETCH(QString, playbook);
        QFETCH(QString, inventory);
        QFETCH(QString, expected);
        AnsibleRunOptions o;
        o.playbook = path(playbook);
        o.inventory = inventory.isEmpty() ? QString() : path(inventory);
        AnsibleRunJob job(o);
        QVERIFY(runToEnd(job));
        QCOMPARE(job.state(), JobState::Failed);
        QVERIFY(log(job).contains(expected));
        QCOMPARE(job.processId(), 0);  // nothing was started
    }
};

QTEST_GUILESS_MAIN(TestAnsibleRunJob)
#include "tst_ansiblerunjob.moc"
