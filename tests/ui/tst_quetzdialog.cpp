// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Add Quetz Channel, driven as a user would: type the server, list its channels, add one. The
// server is the real Quetz (tests/support/realquetz.h); a stand-in where the test must see that
// nothing was sent.
#include "core/envfile/workspace.h"
#include "core/util/atomicfile.h"
#include "tests/support/quetzstandin.h"
#include "tests/support/realquetz.h"
#include "ui/views/channelspage.h"
#include "ui/views/quetzdialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using testsupport::QuetzStandIn;
using testsupport::RealQuetz;
using ui::QuetzDialog;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestQuetzDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<RealQuetz> m_quetz;
    int m_workspaces = 0;

    /** Selects the channel @p name in the dialog's list; false when it is not listed. */
    static bool select(QuetzDialog &dialog, const QString &name)
    {
        const auto found = dialog.channelList()->findItems(name, Qt::MatchExactly, 0);
        if (found.size() != 1)
            return false;
        dialog.channelList()->setCurrentItem(found.first());
        return true;
    }

    QString writeWorkspace()
    {
        const QString path = m_dir.filePath(s("ws%1/deploydeck.yml").arg(++m_workspaces));
        if (!core::util::writeFileAtomically(path, "name: t\nchannels:\n  - ./local\n").ok())
            return {};
        return path;
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("QUETZ_API_KEY");
        REQUIRE_REAL_QUETZ(quetzDir);
        m_quetz = std::make_unique<RealQuetz>(quetzDir);
        QVERIFY2(m_quetz->start(), qPrintable(m_quetz->errorText()));
        QCOMPARE(m_quetz->createChannel(s("maxiv")), 201);
    }
    void cleanupTestCase() { m_quetz.reset(); } // stops the server

    void listsAndAdds()
    {
        const QString file = writeWorkspace();
        QuetzDialog dialog(file);
        QVERIFY(!dialog.addButton()->isEnabled());
        QTest::keyClicks(dialog.serverEdit(), m_quetz->serverUrl() + s("/"));
        QSignalSpy shown(&dialog, &QuetzDialog::channelsShown);
        QTest::mouseClick(dialog.listButton(), Qt::LeftButton);
        QVERIFY(shown.wait(20000));
        QVERIFY(select(dialog, s("maxiv")));
        QCOMPARE(dialog.channelList()->currentItem()->text(1), s("public"));
        QVERIFY2(dialog.stateLabel()->text().contains(m_quetz->serverUrl()), qPrintable(dialog.stateLabel()->text()));
        QVERIFY(dialog.addButton()->isEnabled());

        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.addedChannel(), m_quetz->channelUrl(s("maxiv")));
        auto ws = core::envfile::readWorkspace(file.toStdString());
        QVERIFY(ws.ok());
        QCOMPARE(ws->channels.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(ws->channels[1].name), m_quetz->channelUrl(s("maxiv")));
    }

    void errorsAreShownAndTheFileKept()
    {
        const QString file = writeWorkspace();
        const QByteArray before = read(file);
        QuetzDialog dialog(file);
        QSignalSpy shown(&dialog, &QuetzDialog::channelsShown);

        dialog.serverEdit()->setText(s("ftp://nowhere"));
        dialog.listChannels();
        QCOMPARE(shown.size(), 1);
        QVERIFY(dialog.stateLabel()->text().contains(s("http://")));

        // A key file others can read is refused before anything is sent.
        QuetzStandIn quetz(s("maxiv"), "k");
        QVERIFY(quetz.start());
        const QString keyFile = m_dir.filePath(s("open.key"));
        QVERIFY(core::util::writeFileAtomically(keyFile, "k", QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther).ok());
        dialog.serverEdit()->setText(quetz.serverUrl());
        dialog.keyFileEdit()->setText(keyFile);
        dialog.listChannels();
        QCOMPARE(shown.size(), 2);
        QVERIFY2(dialog.stateLabel()->text().contains(keyFile), qPrintable(dialog.stateLabel()->text()));
        QVERIFY(quetz.http().requests().isEmpty());

        // A server that answers 500: the URL and the status are shown.
        testsupport::TestHttpServer broken;
        QVERIFY(broken.start());
        broken.setRule(s("/api/channels"), testsupport::TestHttpServer::Rule::status(500));
        dialog.serverEdit()->setText(broken.baseUrl());
        dialog.keyFileEdit()->clear();
        dialog.listChannels();
        QVERIFY(shown.wait(20000));
        QVERIFY2(dialog.stateLabel()->text().contains(s("500")), qPrintable(dialog.stateLabel()->text()));
        QCOMPARE(dialog.channelList()->topLevelItemCount(), 0);
        QVERIFY(!dialog.addButton()->isEnabled());
        QCOMPARE(read(file), before);
    }

    void channelsPageOpensTheDialogAndReportsTheEdit()
    {
        const QString file = writeWorkspace();
        auto ws = core::envfile::readWorkspace(file.toStdString());
        QVERIFY(ws.ok());
        ui::ChannelsPage page;
        page.setWorkspace(*ws);
        QSignalSpy opened(&page, &ui::ChannelsPage::quetzDialogOpened);
        QSignalSpy edited(&page, &ui::ChannelsPage::workspaceEdited);
        QAction *action = page.findChild<QAction *>(s("addQuetzAction"));
        QVERIFY(action);
        QVERIFY(page.pageActions().contains(action));
        action->trigger();
        QCOMPARE(opened.size(), 1);
        auto *dialog = qobject_cast<QuetzDialog *>(opened.first().first().value<QDialog *>());
        QVERIFY(dialog);
        dialog->serverEdit()->setText(m_quetz->serverUrl());
        QSignalSpy shown(dialog, &QuetzDialog::channelsShown);
        dialog->listChannels();
        QVERIFY(shown.wait(20000));
        QVERIFY(select(*dialog, s("maxiv")));
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.first().first().toString(), QString::fromStdString(ws->file));
        QVERIFY(read(file).contains(m_quetz->channelUrl(s("maxiv")).toUtf8()));
    }
};

QTEST_MAIN(TestQuetzDialog)
#include "tst_quetzdialog.moc"
