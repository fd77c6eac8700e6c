// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/envfile/environmentfile.h"

#include <QTest>

using namespace core::envfile;
using core::util::ErrorCode;

class TestEnvironmentFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsAFullFile()
    {
        const std::string text = "name: sardana\nchannels:\n  - mini-conda-forge\n  - nodefaults\n"
                                  "dependencies:\n  - python=3.9\n  - sardana >=3.4\n  - pip:\n    - tango-simlib==0.9\n"
                                  "variables:\n  TANGO_HOST: tango:10000\nprefix: /opt/envs/sardana\n";
        auto env = parseEnvironmentFile(text, "env.yml");
        QVERIFY(env.ok());
        QCOMPARE(env->name, std::string("sardana"));
        QCOMPARE(env->channels, std::vector<std::string>{"mini-conda-forge"});
        QVERIFY(env->noDefaults);
        QCOMPARE(env->dependencies.size(), std::size_t(2));
        QCOMPARE(env->dependencies[1].spec, std::string("sardana >=3.4"));
        QCOMPARE(env->dependencies[1].line, 7);
        QCOMPARE(env->dependencies[1].column, 5);
        QCOMPARE(env->pip.size(), std::size_t(1));
        QCOMPARE(env->pip[0].spec, std::string("tango-simlib==0.9"));
        QCOMPARE(env->variables.at("TANGO_HOST"), std::string("tango:10000"));
        QCOMPARE(env->prefix, std::string("/opt/envs/sardana"));
        QVERIFY(env->warnings.empty());
    }

    void unknownKeysAndSubsectionsAreWarnings()
    {
        auto env = parseEnvironmentFile("name: x\ndescription: y\ndependencies:\n  - a\n  - npm:\n    - b\n", "e.yml");
        QVERIFY(env.ok());
        QCOMPARE(env->warnings.size(), std::size_t(2));
        QCOMPARE(env->warnings[0].location, std::string("e.yml:2:1"));
        QVERIFY(env->warnings[1].message.find("npm") != std::string::npos);
    }

    /** A dependency that is not a match spec names the file, the line and the column of the bad character. */
    void badSpecNamesFileLineAndColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("reason");
        QTest::newRow("plain") << "name: x\ndependencies:\n  - python=3.9\n  - numpy >=1.2&3\n"
                               << "env.yml:4:16"
                               << "invalid match spec 'numpy >=1.2&3'";
        QTest::newRow("quoted") << "dependencies:\n  - \"numpy <>1\"\n"
                                << "env.yml:2:12"
                                << "invalid operator '<>'";
        QTest::newRow("missing equals in brackets") << "dependencies:\n    - numpy[version 1]\n"
                                                    << "env.yml:2:21"
                                                    << "expected '=' after 'version'";
    }
    void badSpecNamesFileLineAndColumn()
    {
        QFETCH(QString, text);
        QFETCH(QString, location);
        QFETCH(QString, reason);
        auto env = parseEnvironmentFile(text.toStdString(), "env.yml");
        QVERIFY(env.ok());
        const auto checked = checkDependencySpecs(*env);
        QVERIFY(!checked.ok());
        QCOMPARE(QString::fromStdString(checked.error().location), location);
        QVERIFY2(QString::fromStdString(checked.error().message()).contains(reason), checked.error().message().c_str());
    }

    /** conda reads matplotlib's own environment.yml: a bracket item without '=' (an extra) is dropped. */
    void condaReadsMatplotlibsExtra()
    {
        auto env = parseEnvironmentFile("dependencies:\n  - nbconvert[execute]!=6.0.0,!=6.0.1\n  - pip\n", "env.yml");
        QVERIFY(env.ok());
        QVERIFY(checkDependencySpecs(*env).ok());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("location");
        QTest::newRow("yaml syntax") << "dependencies:\n  - a\n - b\n" << "e.yml:3:";
        QTest::newRow("dependencies not a list") << "dependencies: numpy\n" << "e.yml:1:15";
        QTest::newRow("nested list") << "dependencies:\n  - [a, b]\n" << "e.yml:2:5";
        QTest::newRow("pip not a list") << "dependencies:\n  - pip: x\n" << "e.yml:2:10";
    }
    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, location);
        auto env = parseEnvironmentFile(text.toStdString(), "e.yml");
        QVERIFY(!env.ok());
        QVERIFY2(QString::fromStdString(env.error().location).startsWith(location), env.error().message().c_str());
    }

    void emptyFileIsEmpty()
    {
        auto env = parseEnvironmentFile("", "e.yml");
        QVERIFY(env.ok());
        QVERIFY(env->dependencies.empty());
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentFile)
#include "tst_environmentfile.moc"
