// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Secrets (issue 9, requirement 5): a channel token (/t/<token>/ in URLs) and a Quetz API key,
// both distinctive, go through the real deploydeck binary (fetch, solve, lock, sync, workspace) and
// through a sync job tracked by the job history, under a temporary HOME and XDG folders. Then every
// byte written — stdout, stderr, every file under HOME, the XDG folders, TMPDIR and the outputs, and
// every file name — is scanned for them. API key files others can read are refused.
#include "core/channel/channelindexer.h"
#include "core/jobs/jobhistory.h"
#include "core/sync/syncjob.h"
#include "tests/core/sync/syncfixture.h"
#include "tests/hardening/hardening.h"
#include "tests/support/quetzstandin.h"
#include "tests/support/requirements.h"
#include "tests/support/testhttpserver.h"

#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using hardening::Run;
using hardening::s;
using testsupport::QuetzStandIn;
using testsupport::TestHttpServer;

namespace {

const QString s_token = QStringLiteral("tk-4e1dc0ffee9b7c-SECRET");
const QByteArray s_apiKey = "qk-51f0a2decaf3-SECRET";
constexpr int s_packageCount = 4;

} // namespace

class TestSecretLeaks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QuetzStandIn> m_quetz;
    QString m_channelUrl;  ///< http://127.0.0.1:<port>/t/<token>/chan
    QStringList m_outputs; ///< stdout and stderr of every run, scanned at the end
    QStringList m_inputs;  ///< files the test wrote itself with the secrets in (not scanned)

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const std::pair<const char *, const char *> folders[] = {{"HOME", "home"}, {"XDG_CACHE_HOME", "home/.cache"},
                                                                 {"XDG_DATA_HOME", "home/.local/share"}, {"XDG_CONFIG_HOME", "home/.config"},
                                                                 {"XDG_STATE_HOME", "home/.local/state"}, {"TMPDIR", "tmp"}};
        for (const auto &[name, folder] : folders)
            env.insert(s(name), path(s(folder)));
        env.remove(s("QUETZ_API_KEY"));
        return env;
    }

    Run deploydeck(const QStringList &args, const QProcessEnvironment &env)
    {
        const Run r = hardening::deploydeck(args, env);
        // The first line names the run (not scanned: the command line is the test's own input).
        m_outputs << QString(args.first() + u' ' + QString::number(m_outputs.size()) + s("\n--- stdout ---\n") + r.out
                             + s("\n--- stderr ---\n") + r.err);
        return r;
    }
    Run deploydeck(const QStringList &args) { return deploydeck(args, environment()); }

    /**
     * environment() for runs against the HTTPS server. In the sanitized build their leak check
     * is off: the per-thread random generators OpenSSL makes for Qt's network thread
     * (SSL_CTX_new_ex -> RAND_get0_public/private) are now and then reported as leaked at exit, a race
     * between that thread's end and OpenSSL's own exit handler, both outside this project. It shows
     * in about one run in ten; the plain-HTTP runs of every other test keep the leak check.
     */
    QProcessEnvironment tlsEnvironment() const
    {
        QProcessEnvironment env = environment();
        if (env.contains(s("ASAN_OPTIONS")))
            env.insert(s("ASAN_OPTIONS"), env.value(s("ASAN_OPTIONS")) + s(":detect_leaks=0"));
        return env;
    }

    /** The places a run may write to: everything but the folder the server serves. */
    QStringList writtenFiles() const
    {
        QStringList files;
        for (const QString &folder : {s("home"), s("tmp"), s("work"), s("history")})
            files << hardening::filesUnder(path(folder));
        return files;
    }

    /** Fails naming the place when the token or the key occurs in @p text. */
    static void verifyClean(const QByteArray &text, const QString &where)
    {
        QVERIFY2(!text.contains(s_token.toUtf8()), qPrintable(s("the channel token leaked into ") + where));
        QVERIFY2(!text.contains(s_apiKey), qPrintable(s("the Quetz API key leaked into ") + where));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &folder : {s("home"), s("tmp"), s("work"), s("history")})
            QVERIFY(QDir().mkpath(path(folder)));
        m_server = std::make_unique<TestHttpServer>(path(s("served")));
        QVERIFY(m_server->start());
        m_channelUrl = m_server->baseUrl() + s("/t/") + s_token + s("/chan");
        const QString channelDir = path(s("served/t/") + s_token + s("/chan"));
        QCOMPARE(int(synctest::writeSourcePackages(channelDir, s_packageCount, m_channelUrl).size()), s_packageCount);
        core::channel::IndexOptions options;
        options.channelDir = channelDir.toStdString();
        options.subdirs = {"linux-64", "noarch"};
        QVERIFY(core::channel::indexChannel(options));
        m_quetz = std::make_unique<QuetzStandIn>(s("maxiv"), s_apiKey);
        QVERIFY(m_quetz->start());
        QVERIFY(hardening::writeAll(path(s("work/specs.txt")), "pkg0 pkg1\npkg2\n"));
        m_inputs << path(s("work/environment.yml")) << path(s("work/ws/deploydeck.yml"));
        QVERIFY(hardening::writeAll(path(s("work/environment.yml")), "name: e\nchannels: [" + m_channelUrl.toUtf8() + "]\ndependencies: [pkg0]\n"));
        QVERIFY(QDir().mkpath(path(s("work/ws"))));
        QVERIFY(hardening::writeAll(path(s("work/ws/deploydeck.yml")),
                                    "name: w\nchannels:\n  - " + m_channelUrl.toUtf8() + "\nplatform: linux-64\nsync_target: ../target\n"));
    }

    /** Every CLI command that takes a channel, run with a tokenized URL: it works, and never echoes the token. */
    void cliCommandsWithAToken()
    {
        const QStringList channel{s("-c"), m_channelUrl};
        QCOMPARE(deploydeck(QStringList{s("fetch"), s("--platform"), s("linux-64")} + channel).code, 0);
        QCOMPARE(deploydeck({s("fetch"), s("--platform"), s("linux-64"), s("-c"), m_channelUrl + s("-missing")}).code, 1);
        QCOMPARE(deploydeck(QStringList{s("solve"), s("--no-virtual"), s("--platform"), s("linux-64"), s("pkg0")} + channel).code, 0);
        QCOMPARE(deploydeck(QStringList{s("solve"), s("--json"), s("--no-virtual"), s("--platform"), s("linux-64"), s("pkg0")} + channel).code, 0);
        QCOMPARE(deploydeck(QStringList{s("solve"), s("--no-virtual"), s("--platform"), s("linux-64"), s("nothere")} + channel).code, 1);
        const Run missing = deploydeck({s("solve"), s("--no-virtual"), s("--platform"), s("linux-64"), s("-c"), m_channelUrl + s("/bad"), s("pkg0")});
        QVERIFY2(missing.code != 0 && missing.err.contains(s("/t/<TOKEN>/")), qPrintable(missing.all()));  // the failing URL, masked
        QCOMPARE(deploydeck({s("lock"), s("--no-virtual"), s("-p"), s("linux-64"), s("-f"), path(s("work/environment.yml")),
                             s("-o"), path(s("work/explicit.txt"))}).code, 0);
        QCOMPARE(deploydeck({s("lock"), s("--no-virtual"), s("-p"), s("linux-64"), s("-f"), path(s("work/environment.yml")),
                             s("-o"), path(s("work/conda-lock.yml"))}).code, 0);
        QCOMPARE(deploydeck({s("workspace"), path(s("work/ws"))}).code, 0);
        // A sync into a local channel, one package failing with a 404 (its URL is in the error).
        m_server->setRule(s("/t/") + s_token + s("/chan/noarch/pkg1-1.0-0.tar.bz2"), TestHttpServer::Rule::status(404));
        const Run local = deploydeck({s("sync"), s("--source"), m_channelUrl, s("--target"), path(s("work/target")), s("-p"), s("linux-64"),
                                      s("--no-virtual"), s("--retries"), s("0"), path(s("work/specs.txt"))});
        QCOMPARE(local.code, 1);
        QVERIFY2(local.all().contains(s("/t/<TOKEN>/")), qPrintable(local.all()));  // the URL is shown, masked
        m_server->clearRules();
        QCOMPARE(deploydeck({s("sync"), s("--dry-run"), s("--source"), m_channelUrl, s("--target"), path(s("work/target")), s("-p"),
                             s("linux-64"), s("--no-virtual"), path(s("work/specs.txt"))}).code, 0);
    }

    /** A sync into Quetz with the key from the environment and from a 0600 file. */
    void quetzSyncWithAKey()
    {
        QProcessEnvironment env = environment();
        env.insert(s("QUETZ_API_KEY"), QString::fromLatin1(s_apiKey));
        const QStringList args{s("sync"), s("--source"), m_channelUrl, s("--target"), m_quetz->channelUrl(), s("-p"), s("linux-64"),
                               s("--no-virtual"), s("--staging"), path(s("home/staging")), path(s("work/specs.txt"))};
        const Run fromEnv = deploydeck(args, env);
        QVERIFY2(fromEnv.code == 0, qPrintable(fromEnv.all()));
        const QString keyFile = path(s("home/quetz-key"));
        m_inputs << keyFile;
        QVERIFY(hardening::writeAll(keyFile, s_apiKey + '\n'));
        QVERIFY(QFile::setPermissions(keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const Run fromFile = deploydeck(args + QStringList{s("--api-key-file"), keyFile});
        QVERIFY2(fromFile.code == 0, qPrintable(fromFile.all()));
        QVERIFY2(m_quetz->refusals().isEmpty(), qPrintable(m_quetz->refusals().join(u'\n')));
    }

    /** A key file group or others can read is refused before it is used, and named in the error. */
    void readableKeyFilesAreRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("0644") << 0644;
        QTest::newRow("0640") << 0640;
        QTest::newRow("0604") << 0604;
        QTest::newRow("0660") << 0660;
    }
    void readableKeyFilesAreRefused()
    {
        QFETCH(int, mode);
        const QString keyFile = path(s("home/open-key-") + QString::number(mode, 8));
        m_inputs << keyFile;
        QVERIFY(hardening::writeAll(keyFile, s_apiKey + '\n'));
        QCOMPARE(::chmod(QFile::encodeName(keyFile).constData(), mode_t(mode)), 0);
        const qsizetype uploads = m_quetz->uploads().size();
        const Run r = deploydeck({s("sync"), s("--source"), m_channelUrl, s("--target"), m_quetz->channelUrl(), s("-p"), s("linux-64"),
                                  s("--no-virtual"), s("--api-key-file"), keyFile, s("--staging"), path(s("home/staging2")),
                                  path(s("work/specs.txt"))});
        QVERIFY2(r.code == 2, qPrintable(r.all()));  // bad input: refused before anything is planned
        QVERIFY2(r.err.contains(keyFile) && r.err.contains(s("chmod 600")), qPrintable(r.err));
        QCOMPARE(m_quetz->uploads().size(), uploads);
    }

    /** A sync job as the app runs it, tracked by the job history: title, log, record and summary stay clean. */
    void jobHistoryOfASync()
    {
        qputenv("DEPLOYDECK_HARDENING_QUETZ_KEY", s_apiKey);
        core::jobs::JobHistory history(path(s("history")));
        core::sync::SyncOptions options;
        options.source = m_channelUrl;
        options.target = m_quetz->channelUrl();
        options.apiKeyEnvironment = s("DEPLOYDECK_HARDENING_QUETZ_KEY");
        options.stagingDir = path(s("home/staging3"));
        const auto packages = synctest::writeSourcePackages(path(s("served/t/") + s_token + s("/chan")), s_packageCount, m_channelUrl);
        options.items = synctest::itemsOf(packages);
        core::sync::SyncItem missing = options.items.front();
        missing.fn = s("nothere-1.0-0.conda");
        missing.url = m_channelUrl + s("/linux-64/nothere-1.0-0.conda");
        options.items.push_back(missing);  // fails: its URL ends up in the log and the summary
        core::sync::SyncJob job(options);
        history.track(&job);
        job.start();
        QVERIFY(synctest::waitFinished(job));
        history.flush();
        qunsetenv("DEPLOYDECK_HARDENING_QUETZ_KEY");
        verifyClean(job.title().toUtf8(), s("the job title (the window title)"));
        verifyClean(job.logLines().join(u'\n').toUtf8(), s("the job log"));
        verifyClean(QJsonDocument(QJsonObject::fromVariantMap(job.parameters())).toJson(), s("the job parameters"));
        verifyClean(QJsonDocument(QJsonObject::fromVariantMap(job.summary())).toJson(), s("the job summary"));
        QVERIFY(job.logLines().join(u'\n').contains(s("/t/<TOKEN>/")));  // the URL is there, masked
        const auto loaded = history.load();
        QCOMPARE(int(loaded.jobs.size()), 1);
    }

    /**
     * TLS: a server with a self-signed certificate is refused, unless the workspace turns
     * verification off for that one channel ({name: URL, ssl_verify: false}); then the command warns.
     */
    void tlsVerificationStaysOn()
    {
        const QString python = QStandardPaths::findExecutable(s("python3"));
        const QString openssl = QStandardPaths::findExecutable(s("openssl"));
        REQUIRE_OR_SKIP(!(python.isEmpty() || openssl.isEmpty()),
            QStringLiteral("python3 and openssl are needed for the HTTPS server"));
        const QString tls = path(s("tls"));
        QVERIFY(QDir().mkpath(tls + s("/chan/linux-64")) && QDir().mkpath(tls + s("/chan/noarch")));
        QVERIFY(hardening::writeAll(tls + s("/chan/linux-64/repodata.json"), "{\"packages\":{}}"));
        QVERIFY(hardening::writeAll(tls + s("/chan/noarch/repodata.json"), "{\"packages\":{}}"));
        QProcess gen;
        gen.start(openssl, {s("req"), s("-x509"), s("-newkey"), s("rsa:2048"), s("-nodes"), s("-days"), s("1"), s("-subj"), s("/CN=127.0.0.1"),
                            s("-keyout"), tls + s("/key.pem"), s("-out"), tls + s("/cert.pem")});
        QVERIFY(gen.waitForFinished(60000) && gen.exitCode() == 0);
        QProcess server;
        server.setWorkingDirectory(tls);
        server.start(python, {s("-u"), s("-c"), s("import http.server, ssl\n"
                                                  "s = http.server.HTTPServer(('127.0.0.1', 0), http.server.SimpleHTTPRequestHandler)\n"
                                                  "c = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER); c.load_cert_chain('cert.pem', 'key.pem')\n"
                                                  "s.socket = c.wrap_socket(s.socket, server_side=True)\n"
                                                  "print(s.server_address[1]); s.serve_forever()\n")});
        QVERIFY(server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 20000);
        const QString url = s("https://127.0.0.1:") + QString::fromLatin1(server.readLine().trimmed()) + s("/chan");
        const auto stop = qScopeGuard([&server] { server.kill(); server.waitForFinished(); });
        const QStringList fetch{s("fetch"), s("--platform"), s("linux-64"), s("--no-cache"), s("--timeout"), s("20")};
        const Run verified = deploydeck(fetch + QStringList{s("-c"), url}, tlsEnvironment());
        QVERIFY2(verified.code == 1, qPrintable(verified.all()));  // self-signed: refused
        QVERIFY(!verified.all().contains(s("TLS certificate verification is off")));
        for (const bool off : {false, true}) {
            const QString ws = path(off ? s("tls/ws-off") : s("tls/ws-on"));
            QVERIFY(QDir().mkpath(ws));
            QVERIFY(hardening::writeAll(ws + s("/deploydeck.yml"), "name: t\nchannels:\n  - name: " + url.toUtf8()
                                                                  + "\n    ssl_verify: " + (off ? "false" : "true") + "\n"));
            const Run r = deploydeck(fetch + QStringList{s("--workspace"), ws}, tlsEnvironment());
            QVERIFY2(r.code == (off ? 0 : 1), qPrintable(r.all()));
            QCOMPARE(r.err.contains(s("warning: TLS certificate verification is off for channel ") + url), off);
            const Run shown = deploydeck({s("workspace"), ws});
            QCOMPARE(shown.code, 0);
            QCOMPARE(shown.out.contains(s("(TLS verification off)")), off);
        }
        // Another channel of the same workspace is still verified.
        const QString mixed = path(s("tls/ws-mixed"));
        QVERIFY(QDir().mkpath(mixed));
        QVERIFY(hardening::writeAll(mixed + s("/deploydeck.yml"), "name: t\nchannels:\n  - name: " + url.toUtf8() + "-other\n    ssl_verify: false\n  - "
                                                               + url.toUtf8() + "\n"));
        const Run r = deploydeck(fetch + QStringList{s("--workspace"), mixed}, tlsEnvironment());
        QVERIFY2(r.code == 1 && r.out.contains(url + s("/linux-64")), qPrintable(r.all()));
        QVERIFY2(r.out.count(s(" failed ")) >= 2, qPrintable(r.out));  // "-other" 404s, the verified one fails TLS
    }

    /** A channel entry with a bad ssl_verify is an error with its location, never "off" by accident. */
    void sslVerifyEntriesAreChecked_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a boolean") << QByteArray("{name: https://x.example/c, ssl_verify: maybe}") << "ssl_verify must be true or false";
        QTest::newRow("a list") << QByteArray("{name: https://x.example/c, ssl_verify: [false]}") << "ssl_verify must be true or false";
        QTest::newRow("misspelt key") << QByteArray("{name: https://x.example/c, verify_ssl: false}") << "not 'verify_ssl'";
        QTest::newRow("no name") << QByteArray("{ssl_verify: false}") << "needs a 'name'";
    }
    void sslVerifyEntriesAreChecked()
    {
        QFETCH(QByteArray, entry);
        QFETCH(QString, message);
        const QString ws = path(s("work/ssl-") + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        QVERIFY(QDir().mkpath(ws));
        QVERIFY(hardening::writeAll(ws + s("/deploydeck.yml"), "name: t\nchannels:\n  - " + entry + "\n"));
        const Run r = deploydeck({s("workspace"), ws});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message) && r.err.contains(s("deploydeck.yml:3:")), qPrintable(r.err));
    }

    /** The scan: every output and every file written, contents and names. */
    void nothingWrittenHoldsASecret()
    {
        for (const QString &output : std::as_const(m_outputs))
            verifyClean(output.section(u'\n', 1).toUtf8(), s("the output of run ") + output.section(u'\n', 0, 0));
        const QStringList files = writtenFiles();
        QVERIFY2(files.size() > 10, qPrintable(files.join(u'\n')));  // caches, history, lock files, the target ...
        for (const QString &file : files) {
            if (m_inputs.contains(file))
                continue;
            verifyClean(file.toUtf8(), s("a file name: ") + file);
            verifyClean(hardening::readAll(file), file);
        }
        qInfo("scanned %d outputs and %d files", int(m_outputs.size()), int(files.size()));
    }
};

QTEST_GUILESS_MAIN(TestSecretLeaks)
#include "tst_secretleaks.moc"
