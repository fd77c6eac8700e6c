// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/ansiblerunoptions.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace core::jobs;
using core::util::ErrorCode;

namespace {

AnsibleRunOptions basic()
{
    AnsibleRunOptions o;
    o.playbook = QStringLiteral("/srv/playbooks/site.yml");
    o.inventory = QStringLiteral("/srv/inventory/hosts.ini");
    return o;
}

} // namespace

Q_DECLARE_METATYPE(AnsibleRunOptions)

class TestAnsibleRunOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void arguments_data()
    {
        QTest::addColumn<AnsibleRunOptions>("options");
        QTest::addColumn<QStringList>("expected");
        const QString inv = QStringLiteral("--inventory=/srv/inventory/hosts.ini");
        const QString end = QStringLiteral("--");
        const QString book = QStringLiteral("/srv/playbooks/site.yml");

        QTest::newRow("minimal") << basic() << QStringList{inv, end, book};
        AnsibleRunOptions all = basic();
        all.limit = QStringLiteral("web:&prod");
        all.tags = QStringList{QStringLiteral("conda"), QStringLiteral("rpm")};
        all.skipTags = QStringList{QStringLiteral("slow")};
        all.check = true;
        all.diff = true;
        all.forks = 7;
        all.verbosity = 3;
        QTest::newRow("everything") << all
                                    << QStringList{inv, QStringLiteral("--limit=web:&prod"), QStringLiteral("--tags=conda,rpm"),
                                                   QStringLiteral("--skip-tags=slow"), QStringLiteral("--check"),
                                                   QStringLiteral("--diff"), QStringLiteral("--forks=7"),
                                                   QStringLiteral("-vvv"), end, book};
        AnsibleRunOptions dash = basic();
        dash.limit = QStringLiteral("-bad");
        QTest::newRow("value starting with a dash stays a value") << dash
                                                                  << QStringList{inv, QStringLiteral("--limit=-bad"), end, book};
        AnsibleRunOptions hostList = basic();
        hostList.inventory = QStringLiteral("web1,web2,");
        QTest::newRow("host list inventory") << hostList << QStringList{QStringLiteral("--inventory=web1,web2,"), end, book};
    }

    void arguments()
    {
        QFETCH(AnsibleRunOptions, options);
        QFETCH(QStringList, expected);
        QVERIFY(options.validate().ok());
        QCOMPARE(options.arguments(), expected);
        QCOMPARE(options.executable(), QStringLiteral("ansible-playbook"));
        QCOMPARE(options.effectiveWorkingDirectory(), QStringLiteral("/srv/playbooks"));
    }

    void extraVarsAreOneJsonObject()
    {
        AnsibleRunOptions o = basic();
        const QString nasty = QStringLiteral("it's \"quoted\" ; $(touch x) `id` {{ not a var }}");
        o.extraVars = {{QStringLiteral("payload"), nasty}, {QStringLiteral("count"), 3}};
        const QStringList args = o.arguments();
        const QString extra = args.at(1);
        QVERIFY(extra.startsWith(QLatin1String("--extra-vars={")));
        // Each value is wrapped so that Ansible keeps it as text (no Jinja): {"__ansible_unsafe": value}.
        const QJsonObject json = QJsonDocument::fromJson(extra.mid(13).toUtf8()).object();
        const auto unsafe = [&json](const char *key) { return json.value(QLatin1String(key)).toObject().value(QLatin1String("__ansible_unsafe")); };
        QCOMPARE(unsafe("payload").toString(), nasty);
        QCOMPARE(unsafe("count").toInt(), 3);
    }

    void addExtraVars_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QVariantMap>("expected");
        QTest::newRow("key=value keeps spaces and quotes")
            << QStringList{QStringLiteral("msg=a b 'c' \"d\"; $(e)")}
            << QVariantMap{{QStringLiteral("msg"), QStringLiteral("a b 'c' \"d\"; $(e)")}};
        QTest::newRow("value with =") << QStringList{QStringLiteral("url=http://x/?a=b")}
                                      << QVariantMap{{QStringLiteral("url"), QStringLiteral("http://x/?a=b")}};
        QTest::newRow("empty value") << QStringList{QStringLiteral("x=")} << QVariantMap{{QStringLiteral("x"), QString()}};
        QTest::newRow("json merges, later wins")
            << QStringList{QStringLiteral("a=1"), QStringLiteral(R"({"a": 2, "b": [1, "two"]})")}
            << QVariantMap{{QStringLiteral("a"), 2}, {QStringLiteral("b"), QVariantList{1, QStringLiteral("two")}}};
    }

    void addExtraVars()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QVariantMap, expected);
        QVariantMap vars;
        for (const QString &a : arguments)
            QVERIFY(core::jobs::addExtraVars(vars, a).ok());
        QCOMPARE(QJsonDocument(QJsonObject::fromVariantMap(vars)), QJsonDocument(QJsonObject::fromVariantMap(expected)));
    }

    void badExtraVars_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<int>("code");
        QTest::newRow("no equals") << QStringLiteral("justtext") << int(ErrorCode::InvalidArgument);
        QTest::newRow("empty key") << QStringLiteral("=v") << int(ErrorCode::InvalidArgument);
        QTest::newRow("bad key") << QStringLiteral("a-b=1") << int(ErrorCode::InvalidArgument);
        QTest::newRow("broken json") << QStringLiteral("{\"a\": ") << int(ErrorCode::ParseError);
        QTest::newRow("json with bad key") << QStringLiteral("{\"a b\": 1}") << int(ErrorCode::InvalidArgument);
        QTest::newRow("file reference") << QStringLiteral("@vars.yml") << int(ErrorCode::InvalidArgument);
    }

    void badExtraVars()
    {
        QFETCH(QString, argument);
        QFETCH(int, code);
        QVariantMap vars;
        const auto r = core::jobs::addExtraVars(vars, argument);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QVERIFY(vars.isEmpty());
    }

    void validate_data()
    {
        QTest::addColumn<AnsibleRunOptions>("options");
        QTest::addColumn<QString>("option");
        AnsibleRunOptions o = basic();
        o.playbook.clear();
        QTest::newRow("no playbook") << o << QStringLiteral("playbook");
        o = basic();
        o.inventory.clear();
        QTest::newRow("no inventory") << o << QStringLiteral("--inventory");
        o = basic();
        o.verbosity = 9;
        QTest::newRow("verbosity") << o << QStringLiteral("-v");
        o = basic();
        o.forks = -1;
        QTest::newRow("forks") << o << QStringLiteral("--forks");
        o = basic();
        o.tags = QStringList{QStringLiteral("a,b")};
        QTest::newRow("tag with comma") << o << QStringLiteral("--tags");
        o = basic();
        o.skipTags = QStringList{QString()};
        QTest::newRow("empty skip tag") << o << QStringLiteral("--skip-tags");
    }

    void validate()
    {
        QFETCH(AnsibleRunOptions, options);
        QFETCH(QString, option);
        const auto r = options.validate();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(QString::fromStdString(r.error().location), option);
    }

    void parametersRoundTripThroughJson()
    {
        AnsibleRunOptions o = basic();
        o.limit = QStringLiteral("alpha,beta");
        o.tags = QStringList{QStringLiteral("t")};
        o.extraVars = {{QStringLiteral("v"), QStringLiteral("x y")}};
        o.check = true;
        o.verbosity = 2;
        o.forks = 4;
        // The history stores parameters as JSON; re-run reads them back from there.
        const QVariantMap stored = QJsonObject::fromVariantMap(o.toParameters()).toVariantMap();
        const auto back = AnsibleRunOptions::fromParameters(stored);
        QVERIFY(back.ok());
        QCOMPARE(back->limit, o.limit);
        QCOMPARE(back->tags, o.tags);
        QCOMPARE(back->extraVars.value(QStringLiteral("v")).toString(), QStringLiteral("x y"));
        QCOMPARE(back->arguments(), o.arguments());
        QVERIFY(!AnsibleRunOptions::fromParameters({}).ok());
    }

    void limitPatternsAreSplitAndTrimmed()
    {
        QCOMPARE(core::jobs::limitPatterns(QStringLiteral(" web* , !web3:db1,, : ")),
            (QStringList { QStringLiteral("web*"), QStringLiteral("!web3"), QStringLiteral("db1") }));
        QCOMPARE(core::jobs::limitPatterns(QString()), QStringList());
    }

    void realRunAfterReview()
    {
        AnsibleRunOptions checked = basic();
        checked.check = true;
        checked.diff = true;
        checked.limit = QStringLiteral("web");
        const AnsibleRunOptions real = realRunOptions(checked, {QStringLiteral("alpha"), QStringLiteral("beta")});
        QVERIFY(!real.check);
        QVERIFY(real.diff);
        QCOMPARE(real.limit, QStringLiteral("alpha,beta"));
        QCOMPARE(realRunOptions(checked, {}).limit, QStringLiteral("web"));
    }
};

QTEST_GUILESS_MAIN(TestAnsibleRunOptions)
#include "tst_ansiblerunoptions.moc"
