// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/util/atomicfile.h"
#include "ui/diagnostictext.h"
#include "ui/views/ansiblerundialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using core::jobs::AnsibleRunOptions;
using ui::AnsibleRunDialog;

namespace {

core::envfile::Workspace demoWorkspace()
{
    auto workspace = core::envfile::readWorkspace(DEPLOYDECK_SOURCE_DIR "/resources/demo");
    return workspace ? *workspace : core::envfile::Workspace();
}

template<typename W>
W *child(const QObject &dialog, const char *name)
{
    return dialog.findChild<W *>(QString::fromLatin1(name));
}

QListWidgetItem *item(const AnsibleRunDialog &dialog, const QString &name)
{
    const QList<QListWidgetItem *> found = child<QListWidget>(dialog, "limitList")->findItems(name, Qt::MatchExactly);
    return found.size() == 1 ? found.front() : nullptr;
}

} // namespace

class TestAnsibleRunDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!demoWorkspace().root.empty());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("deploydeck-test-rundialog"));
        QSettings().clear();
    }

    /** Limit, tags and extra vars of the last run of a playbook come back with it; secrets are not kept. */
    void remembersTheLastRunPerPlaybook()
    {
        const core::envfile::Workspace workspace = demoWorkspace();
        {
            AnsibleRunDialog dialog(workspace);
            child<QLineEdit>(dialog, "limit")->setText(QStringLiteral("beamline_b110,cr-ws02"));
            child<QLineEdit>(dialog, "tags")->setText(QStringLiteral("packages"));
            child<QLineEdit>(dialog, "skipTags")->setText(QStringLiteral("tango"));
            child<QPlainTextEdit>(dialog, "extraVars")->setPlainText(QStringLiteral("deploy_root=/srv/deploy\n"));
            dialog.show();
            child<QPushButton>(dialog, "runButton")->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        AnsibleRunDialog again(workspace);
        QCOMPARE(child<QLineEdit>(again, "limit")->text(), QStringLiteral("beamline_b110,cr-ws02"));
        QCOMPARE(child<QLineEdit>(again, "tags")->text(), QStringLiteral("packages"));
        QCOMPARE(child<QLineEdit>(again, "skipTags")->text(), QStringLiteral("tango"));
        QCOMPARE(child<QPlainTextEdit>(again, "extraVars")->toPlainText(), QStringLiteral("deploy_root=/srv/deploy\n"));
        QSignalSpy loaded(&again, &AnsibleRunDialog::inventoryLoaded);
        QVERIFY(again.isInventoryLoaded() || loaded.wait());
        QCOMPARE(item(again, QStringLiteral("cr-ws02"))->checkState(), Qt::Checked);

        // Another playbook has nothing remembered: the fields stay as they are.
        child<QComboBox>(again, "playbook")->setCurrentText(QStringLiteral("/elsewhere/site.yml"));
        QCOMPARE(child<QLineEdit>(again, "tags")->text(), QStringLiteral("packages"));

        // A password among the extra vars: the run goes ahead, but no extra vars are written to the settings.
        {
            AnsibleRunDialog dialog(workspace);
            child<QPlainTextEdit>(dialog, "extraVars")->setPlainText(QStringLiteral("vault_password=hunter2\n"));
            dialog.show();
            child<QPushButton>(dialog, "runButton")->click();
        }
        QSettings settings;
        settings.sync();
        auto file = core::util::readFile(settings.fileName());
        QVERIFY(file.ok());
        QVERIFY(!file->contains("hunter2"));
        AnsibleRunDialog third(workspace);
        QCOMPARE(child<QPlainTextEdit>(third, "extraVars")->toPlainText(), QString());
    }

    /** Each test starts with nothing remembered. */
    void cleanup() { QSettings().clear(); }

    void offersTheWorkspacePlaybookAndInventory()
    {
        const core::envfile::Workspace workspace = demoWorkspace();
        AnsibleRunDialog dialog(workspace);
        QCOMPARE(child<QComboBox>(dialog, "playbook")->currentText(), QStringLiteral("playbooks/deploy.yml"));
        QCOMPARE(child<QComboBox>(dialog, "inventory")->currentText(), QStringLiteral("inventory/hosts.yml"));
        QSignalSpy loaded(&dialog, &AnsibleRunDialog::inventoryLoaded);
        QVERIFY(dialog.isInventoryLoaded() || loaded.wait());

        // Groups (not `all`), then hosts.
        for (const char *name : {"control_room", "beamlines", "beamline_b303", "beamline_b110", "experiment_control",
                                 "cr-ws01", "b303a-ec01", "b110a-ws01"})
            QVERIFY2(item(dialog, QString::fromLatin1(name)), name);
        QVERIFY(!item(dialog, QStringLiteral("all")));
        QCOMPARE(child<QListWidget>(dialog, "limitList")->count(), 5 + 9);

        const auto options = dialog.options();
        QVERIFY(options.ok());
        QCOMPARE(options->playbook, QString::fromStdString(workspace.playbooks.front()));
        QCOMPARE(options->inventory, QString::fromStdString(workspace.inventory));
        QVERIFY(options->check);  // review first, by default
        QVERIFY(options->diff);
        QVERIFY(options->limit.isEmpty());
        QVERIFY(options->extraVars.isEmpty());
    }

    void buildsOptionsFromTheWidgets()
    {
        AnsibleRunDialog dialog(demoWorkspace());
        QSignalSpy loaded(&dialog, &AnsibleRunDialog::inventoryLoaded);
        QVERIFY(dialog.isInventoryLoaded() || loaded.wait());
        auto *limit = child<QLineEdit>(dialog, "limit");
        item(dialog, QStringLiteral("cr-ws02"))->setCheckState(Qt::Checked);
        item(dialog, QStringLiteral("beamline_b110"))->setCheckState(Qt::Checked);
        QCOMPARE(limit->text(), QStringLiteral("beamline_b110,cr-ws02"));
        // A typed pattern stays; a typed name ticks its entry.
        QTest::keyClicks(limit, QStringLiteral(",web*,b303a-cc01"));
        QCOMPARE(item(dialog, QStringLiteral("b303a-cc01"))->checkState(), Qt::Checked);
        item(dialog, QStringLiteral("cr-ws02"))->setCheckState(Qt::Unchecked);
        QCOMPARE(limit->text(), QStringLiteral("web*,beamline_b110,b303a-cc01"));

        child<QLineEdit>(dialog, "tags")->setText(QStringLiteral("packages, conda-env"));
        child<QLineEdit>(dialog, "skipTags")->setText(QStringLiteral("tango"));
        child<QPlainTextEdit>(dialog, "extraVars")
            ->setPlainText(QStringLiteral("deploy_root=/tmp/with space/x\n"
                                          "# a comment\n"
                                          "\n"
                                          "  motd=\"it's\" $(rm -rf /); `id` \n"
                                          "empty=\n"));
        child<QCheckBox>(dialog, "checkMode")->setChecked(false);
        child<QSpinBox>(dialog, "verbosity")->setValue(3);
        child<QSpinBox>(dialog, "forks")->setValue(7);

        const auto options = dialog.options();
        QVERIFY2(options.ok(), options ? "" : options.error().message().c_str());
        QCOMPARE(options->limit, QStringLiteral("web*,beamline_b110,b303a-cc01"));
        QCOMPARE(options->tags, (QStringList{QStringLiteral("packages"), QStringLiteral("conda-env")}));
        QCOMPARE(options->skipTags, QStringList{QStringLiteral("tango")});
        QCOMPARE(options->extraVars.value(QStringLiteral("deploy_root")).toString(), QStringLiteral("/tmp/with space/x"));
        QCOMPARE(options->extraVars.value(QStringLiteral("motd")).toString(), QStringLiteral("\"it's\" $(rm -rf /); `id` "));
        QCOMPARE(options->extraVars.value(QStringLiteral("empty")).toString(), QString());
        QCOMPARE(options->extraVars.size(), 3);
        QVERIFY(!options->check);
        QVERIFY(options->diff);
        QCOMPARE(options->verbosity, 3);
        QCOMPARE(options->forks, 7);

        // Run hands exactly these options on and closes the dialog.
        AnsibleRunOptions requested;
        connect(&dialog, &AnsibleRunDialog::runRequested, this, [&](const AnsibleRunOptions &o) { requested = o; });
        dialog.show();
        child<QPushButton>(dialog, "runButton")->click();
        QCOMPARE(requested, *options);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void parsesExtraVars_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QVariantMap>("expected");
        QTest::addColumn<QString>("errorLocation");  // empty: parses
        QTest::newRow("key=value lines") << QStringLiteral("a=1\nb=two words\n") << QVariantMap{{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QStringLiteral("two words")}} << QString();
        QTest::newRow("value keeps = and quotes") << QStringLiteral("url=http://x/?a=b&c='d'") << QVariantMap{{QStringLiteral("url"), QStringLiteral("http://x/?a=b&c='d'")}} << QString();
        QTest::newRow("windows line ends") << QStringLiteral("a=1\r\nb=2\r\n") << QVariantMap{{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QStringLiteral("2")}} << QString();
        QTest::newRow("json object keeps types") << QStringLiteral("{\"n\": 3, \"on\": true,\n \"list\": [1, \"x y\"]}")
                                                 << QVariantMap{{QStringLiteral("n"), 3}, {QStringLiteral("on"), true}, {QStringLiteral("list"), QVariantList{1, QStringLiteral("x y")}}}
                                                 << QString();
        QTest::newRow("empty") << QStringLiteral("\n  \n# only a comment\n") << QVariantMap{} << QString();
        QTest::newRow("not key=value") << QStringLiteral("a=1\njust words\n") << QVariantMap{} << QStringLiteral("line 2");
        QTest::newRow("bad key") << QStringLiteral("1abc=x") << QVariantMap{} << QStringLiteral("line 1");
        QTest::newRow("broken json") << QStringLiteral("{\"a\": ") << QVariantMap{} << QStringLiteral("-e:column");
    }

    void parsesExtraVars()
    {
        QFETCH(QString, text);
        QFETCH(QVariantMap, expected);
        QFETCH(QString, errorLocation);
        const auto vars = AnsibleRunDialog::parseExtraVars(text);
        if (!errorLocation.isEmpty()) {
            QVERIFY(!vars.ok());
            // Where the ui says the error is: a line of the text is data (a position), not text.
            const QString where = ui::DiagnosticText::whereText(vars.error());
            QVERIFY2(where.startsWith(errorLocation), qPrintable(where));
            return;
        }
        QVERIFY2(vars.ok(), vars ? "" : vars.error().message().c_str());
        QCOMPARE(QJsonValue::fromVariant(*vars), QJsonValue::fromVariant(expected));
    }

    void badInputKeepsTheDialogOpen()
    {
        AnsibleRunDialog dialog(demoWorkspace());
        auto *run = child<QPushButton>(dialog, "runButton");
        QVERIFY(run->isEnabled());
        child<QPlainTextEdit>(dialog, "extraVars")->setPlainText(QStringLiteral("deploy_root=/x\noops\n"));
        QVERIFY(!run->isEnabled());
        QVERIFY(child<QLabel>(dialog, "extraVarsError")->text().contains(QLatin1String("line 2")));
        const auto options = dialog.options();
        QVERIFY(!options.ok());
        QCOMPARE(options.error().position.line, 2);
        QCOMPARE(ui::DiagnosticText::whereText(options.error()), QStringLiteral("extra vars, line 2"));

        child<QPlainTextEdit>(dialog, "extraVars")->clear();
        child<QLineEdit>(dialog, "tags")->setText(QStringLiteral("ok"));
        child<QComboBox>(dialog, "playbook")->setCurrentText(QString());
        QVERIFY(!run->isEnabled());
        int requested = 0;
        connect(&dialog, &AnsibleRunDialog::runRequested, this, [&requested] { ++requested; });
        dialog.show();
        dialog.accept();  // as Enter would
        QCOMPARE(requested, 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(!child<QLabel>(dialog, "errorLabel")->text().isEmpty());
    }

    void unreadableInventoryIsReported()
    {
        core::envfile::Workspace workspace = demoWorkspace();
        workspace.inventory = "/nonexistent/inventory.yml";
        AnsibleRunDialog dialog(workspace);
        QSignalSpy loaded(&dialog, &AnsibleRunDialog::inventoryLoaded);
        QVERIFY(dialog.isInventoryLoaded() || loaded.wait());
        QCOMPARE(child<QListWidget>(dialog, "limitList")->count(), 0);
        QVERIFY(child<QLabel>(dialog, "inventoryStatus")->text().contains(QLatin1String("/nonexistent/inventory.yml")));
    }
};

QTEST_MAIN(TestAnsibleRunDialog)
#include "tst_ansiblerundialog.moc"
