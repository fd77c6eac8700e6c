// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// TLS verification stays on unless deploydeck.yml turns it off for one channel; the Channels page
// then warns, naming the channel (its token masked).
#include "core/envfile/workspace.h"
#include "ui/views/channelspage.h"

#include <QDir>
#include <QLabel>
#include <QTest>

class TestChannelsTls : public QObject
{
    Q_OBJECT

    static core::envfile::Workspace workspace(const std::string &yaml)
    {
        auto ws = core::envfile::parseWorkspace(yaml, QDir::temp().filePath(QStringLiteral("deploydeck.yml")).toStdString());
        return ws ? *ws : core::envfile::Workspace{};
    }

private Q_SLOTS:
    void warnsOnlyWhileVerificationIsOff()
    {
        ui::ChannelsPage page;
        page.setWorkspace(workspace("channels:\n"
                                    "  - name: https://mirror.invalid/t/tk-93b1/maxiv\n"
                                    "    ssl_verify: false\n"
                                    "  - https://other.invalid/c\n"));
        QVERIFY(page.tlsWarning()->isVisibleTo(&page));
        const QString text = page.tlsWarning()->text();
        QVERIFY2(text.contains(QStringLiteral("https://mirror.invalid/t/<TOKEN>/maxiv")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("tk-93b1")));
        QVERIFY(!text.contains(QStringLiteral("other.invalid")));

        page.setWorkspace(workspace("channels:\n  - https://mirror.invalid/maxiv\n"));
        QVERIFY(!page.tlsWarning()->isVisibleTo(&page));
    }
};

QTEST_MAIN(TestChannelsTls)
#include "tst_channelstls.moc"
