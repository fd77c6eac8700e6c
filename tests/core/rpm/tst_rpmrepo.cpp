// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// RPM pins against real yum repositories: packages built with Debian's rpmbuild, indexed with
// createrepo_c, read from a folder and over HTTP (the test server on 127.0.0.1).
#include "core/rpm/rpmrepo.h"
#include "tests/support/requirements.h"
#include "tests/support/testhttpserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace core::rpm;
using core::util::ErrorCode;

Q_DECLARE_METATYPE(RpmPinStatus)
Q_DECLARE_METATYPE(core::util::ErrorCode)

namespace {

bool run(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return ok;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestRpmRepo : public QObject
{
    Q_OBJECT

    /** Builds an empty noarch RPM NAME-VERSION-RELEASE into @p repo. */
    bool buildRpm(const QString &repo, const QString &name, const QString &version, const QString &release,
        const QString &epoch = {})
    {
        const QString spec = m_dir.filePath(QStringLiteral("pkg.spec"));
        QByteArray text = "Name: " + name.toUtf8() + "\nVersion: " + version.toUtf8() + "\nRelease: " + release.toUtf8()
            + "\nSummary: test\nLicense: GPL-3.0-or-later\nBuildArch: noarch\n";
        if (!epoch.isEmpty())
            text += "Epoch: " + epoch.toUtf8() + "\n";
        text += "%description\nA package for deploydeck's tests.\n%files\n";
        QString log;
        const QString top = m_dir.filePath(QStringLiteral("rpmbuild"));
        if (!writeFile(spec, text)
            || !run(QStringLiteral("rpmbuild"),
                { QStringLiteral("-bb"), QStringLiteral("--define"), QStringLiteral("_topdir ") + top, spec }, &log)) {
            qWarning().noquote() << log;
            return false;
        }
        const QString rpm = QStringLiteral("%1/RPMS/noarch/%2-%3-%4.noarch.rpm").arg(top, name, version, release);
        QDir().mkpath(repo);
        return QFile::copy(rpm, repo + QLatin1Char('/') + QFileInfo(rpm).fileName());
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_OR_SKIP(!(QStandardPaths::findExecutable(QStringLiteral("rpmbuild")).isEmpty()
                            || QStandardPaths::findExecutable(QStringLiteral("createrepo_c")).isEmpty()),
            QStringLiteral("rpmbuild or createrepo_c not installed (./deploydeck.sh installs them)"));
        QVERIFY(m_dir.isValid());
        m_stable = m_dir.filePath(QStringLiteral("stable"));
        m_testing = m_dir.filePath(QStringLiteral("testing"));
        QVERIFY(buildRpm(m_stable, QStringLiteral("python-fandango"), QStringLiteral("10.9"), QStringLiteral("2.el7")));
        QVERIFY(
            buildRpm(m_stable, QStringLiteral("python-fandango"), QStringLiteral("14.3.0"), QStringLiteral("1.el7")));
        QVERIFY(buildRpm(m_stable, QStringLiteral("python-taurus"), QStringLiteral("4.5.1"), QStringLiteral("7.el7")));
        QVERIFY(
            buildRpm(m_testing, QStringLiteral("python-fandango"), QStringLiteral("15.1.0"), QStringLiteral("1.el7")));
        QVERIFY(buildRpm(m_testing, QStringLiteral("python-sdm"), QStringLiteral("1.6.1"), QStringLiteral("1"),
            QStringLiteral("2")));
        QVERIFY(run(QStringLiteral("createrepo_c"), { QStringLiteral("-q"), m_stable }));
        QVERIFY(run(QStringLiteral("createrepo_c"), { QStringLiteral("-q"), m_testing }));
    }

    void readsRepositories()
    {
        RpmRepositories repos;
        auto stable = repos.addRepository("stable", m_stable.toStdString());
        QVERIFY2(stable.ok(), stable.ok() ? "" : stable.error().message().c_str());
        QCOMPARE(*stable, std::size_t(3));
        auto testing = repos.addRepository("testing", "file://" + m_testing.toStdString());
        QVERIFY(testing.ok());
        QCOMPARE(repos.packageCount(), std::size_t(5));
        const auto fandango = repos.packages("python-fandango");
        QCOMPARE(fandango.size(), std::size_t(3));
        // RPM order, not text order: 15.1.0 > 14.3.0 > 10.9.
        QCOMPARE(fandango[0].evr, std::string("15.1.0-1.el7"));
        QCOMPARE(fandango[0].repository, std::string("testing"));
        QCOMPARE(fandango[1].evr, std::string("14.3.0-1.el7"));
        QCOMPARE(fandango[2].evr, std::string("10.9-2.el7"));
        QCOMPARE(fandango[2].arch, std::string("noarch"));
        QVERIFY(repos.packages("nothing").empty());
    }

    void checksPins_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<RpmPinStatus>("status");
        QTest::addColumn<QString>("resolved");
        QTest::addColumn<QString>("newest");
        const auto ok = RpmPinStatus::Available;
        QTest::newRow("latest") << "python-fandango"
                                << "latest" << ok << "15.1.0-1.el7"
                                << "15.1.0-1.el7";
        QTest::newRow("default") << "python-fandango"
                                 << "default" << ok << "15.1.0-1.el7"
                                 << "15.1.0-1.el7";
        QTest::newRow("version, any release") << "python-fandango"
                                              << "14.3.0" << ok << "14.3.0-1.el7"
                                              << "15.1.0-1.el7";
        QTest::newRow("version-release") << "python-taurus"
                                         << "4.5.1-7.el7" << ok << "4.5.1-7.el7"
                                         << "4.5.1-7.el7";
        QTest::newRow("release not there") << "python-taurus"
                                           << "4.5.1-8.el7" << RpmPinStatus::NoMatch << ""
                                           << "4.5.1-7.el7";
        QTest::newRow("version not there") << "python-fandango"
                                           << "10.9.1" << RpmPinStatus::NoMatch << ""
                                           << "15.1.0-1.el7";
        QTest::newRow("with epoch") << "python-sdm"
                                    << "2:1.6.1" << ok << "2:1.6.1-1"
                                    << "2:1.6.1-1";
        QTest::newRow("unknown package") << "python-nothing"
                                         << "default" << RpmPinStatus::Missing << ""
                                         << "";
    }

    void checksPins()
    {
        QFETCH(QString, name);
        QFETCH(QString, pin);
        QFETCH(RpmPinStatus, status);
        QFETCH(QString, resolved);
        QFETCH(QString, newest);
        RpmRepositories repos;
        QVERIFY(repos.addRepository("stable", m_stable.toStdString()).ok());
        QVERIFY(repos.addRepository("testing", m_testing.toStdString()).ok());
        const RpmPinCheck check = repos.check(name.toStdString(), pin.toStdString());
        QCOMPARE(check.status, status);
        QCOMPARE(QString::fromStdString(check.resolved), resolved);
        QCOMPARE(QString::fromStdString(check.newest), newest);
        QCOMPARE(check.repositories.empty(), status != RpmPinStatus::Available);
        QVERIFY(std::string(rpmPinStatusName(status)).size() > 0);
    }

    void badRepositories_data()
    {
        QTest::addColumn<QByteArray>("repomd"); // empty: no repomd.xml at all
        QTest::addColumn<QByteArray>("primary"); // written as repodata/primary.xml
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("location"); // a piece of the error's location
        const QByteArray names
            = "<repomd><data type=\"primary\"><location href=\"repodata/primary.xml\"/></data></repomd>";
        QTest::newRow("no repomd.xml") << QByteArray() << QByteArray() << ErrorCode::FileNotFound << "repomd.xml";
        QTest::newRow("broken XML") << QByteArray("<repomd>\n<data type=\"primary\">\n</repomd>") << QByteArray()
                                    << ErrorCode::ParseError << "repomd.xml:3:";
        QTest::newRow("no primary") << QByteArray("<repomd><data type=\"other\"/></repomd>") << QByteArray()
                                    << ErrorCode::UnsupportedFormat << "repomd.xml";
        QTest::newRow("primary missing") << names << QByteArray() << ErrorCode::FileNotFound << "primary.xml";
        QTest::newRow("primary outside") << QByteArray(
            "<repomd><data type=\"primary\"><location href=\"../../etc/passwd\"/></data></repomd>")
                                         << QByteArray() << ErrorCode::UnsafePath << "repomd.xml";
        QTest::newRow("broken primary") << names << QByteArray("<metadata><package type=\"rpm\"><name>x</na")
                                        << ErrorCode::ParseError << "primary.xml";
    }

    void badRepositories()
    {
        QFETCH(QByteArray, repomd);
        QFETCH(QByteArray, primary);
        QFETCH(ErrorCode, code);
        QFETCH(QString, location);
        QTemporaryDir dir;
        if (!repomd.isEmpty())
            QVERIFY(writeFile(dir.filePath(QStringLiteral("repodata/repomd.xml")), repomd));
        if (!primary.isEmpty())
            QVERIFY(writeFile(dir.filePath(QStringLiteral("repodata/primary.xml")), primary));
        RpmRepositories repos;
        auto added = repos.addRepository("bad", dir.path().toStdString());
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, code);
        QVERIFY2(
            added.error().location.find(location.toStdString()) != std::string::npos, added.error().message().c_str());
        QCOMPARE(repos.packageCount(), std::size_t(0));
    }

    void fetchesOverHttp()
    {
        testsupport::TestHttpServer server(m_stable);
        QVERIFY(server.start());
        QTemporaryDir cache;
        auto folder
            = fetchRpmRepository(server.url(QStringLiteral("/")).toString().toStdString(), cache.path().toStdString());
        QVERIFY2(folder.ok(), folder.ok() ? "" : folder.error().message().c_str());
        QVERIFY(QString::fromStdString(*folder).startsWith(cache.path()));
        RpmRepositories repos;
        auto added = repos.addRepository("stable", *folder);
        QVERIFY(added.ok());
        QCOMPARE(*added, std::size_t(3));
        QCOMPARE(repos.check("python-fandango", "latest").resolved, std::string("14.3.0-1.el7"));

        // A local folder needs no download; a missing repository is an HTTP error naming the URL.
        QCOMPARE(*fetchRpmRepository(m_testing.toStdString(), cache.path().toStdString()), m_testing.toStdString());
        auto missing = fetchRpmRepository(
            server.url(QStringLiteral("/nowhere")).toString().toStdString(), cache.path().toStdString());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::HttpError);
        QVERIFY(missing.error().location.find("/nowhere/repodata/repomd.xml") != std::string::npos);
    }

private:
    QTemporaryDir m_dir;
    QString m_stable;
    QString m_testing;
};

QTEST_GUILESS_MAIN(TestRpmRepo)
#include "tst_rpmrepo.moc"
