// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// PinCheckModel: each status shown, tinted and exposed through its roles.
#include "ui/models/pincheckmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using core::checks::PinCheck;
using core::checks::PinCheckStatus;
using core::inventory::PinKey;
using core::inventory::PinKind;
using ui::PinCheckModel;

Q_DECLARE_METATYPE(PinCheckStatus)

namespace {

PinCheck check(const std::string &package, const std::string &spec, PinCheckStatus status,
    std::vector<std::string> hosts = { "h1" })
{
    PinCheck c;
    c.key = PinKey { PinKind::Conda, "conda_envs/tools", package };
    c.spec = spec;
    c.status = status;
    c.hosts = std::move(hosts);
    c.source = { "/ws/inventory/group_vars/all.yml", 12, 9 };
    if (status == PinCheckStatus::Available) {
        c.newestMatching = "3.9.18";
        c.newestAvailable = "3.11.6";
        c.matchingBuilds = 2;
    }
    if (status == PinCheckStatus::Invalid)
        c.error = "column 7: unexpected '>'";
    return c;
}

} // namespace

class TestPinCheckModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<PinCheckModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void rows_data()
    {
        QTest::addColumn<PinCheckStatus>("status");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("failed");
        QTest::newRow("available") << PinCheckStatus::Available << "available" << false;
        QTest::newRow("no match") << PinCheckStatus::NoMatch << "no matching version" << true;
        QTest::newRow("missing") << PinCheckStatus::Missing << "does not exist" << true;
        QTest::newRow("invalid") << PinCheckStatus::Invalid << "invalid" << true;
        QTest::newRow("unchecked") << PinCheckStatus::Unchecked << "not checked" << false;
    }

    void rows()
    {
        QFETCH(PinCheckStatus, status);
        QFETCH(QString, text);
        QFETCH(bool, failed);
        m_model->setChecks({ check("python", "python=3.9", status, { "a", "b" }) });
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->columnCount(), int(PinCheckModel::ColumnCount));
        const auto at = [this](int column, int role = Qt::DisplayRole) { return m_model->index(0, column).data(role); };
        QCOMPARE(at(PinCheckModel::StatusColumn).toString(), text);
        QCOMPARE(at(PinCheckModel::KindColumn).toString(), QStringLiteral("conda"));
        QCOMPARE(at(PinCheckModel::ScopeColumn).toString(), QStringLiteral("conda_envs/tools"));
        QCOMPARE(at(PinCheckModel::SpecColumn).toString(), QStringLiteral("python=3.9"));
        QCOMPARE(at(PinCheckModel::HostsColumn).toString(), QStringLiteral("a, b"));
        QCOMPARE(at(PinCheckModel::HostsColumn, PinCheckModel::SortRole).toInt(), 2);
        QCOMPARE(
            at(0, PinCheckModel::HostsRole).toStringList(), (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
        QCOMPARE(at(0, PinCheckModel::StatusRole).toInt(), int(status));
        QCOMPARE(at(0, PinCheckModel::FailedRole).toBool(), failed);
        QCOMPARE(at(PinCheckModel::SpecColumn, Qt::BackgroundRole).isValid(), failed);
        QCOMPARE(m_model->failureCount(), failed ? 1 : 0);
        const QString tip = at(0, Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QStringLiteral("all.yml:12:9")));
        QCOMPARE(tip.contains(QStringLiteral("column 7")), status == PinCheckStatus::Invalid);
        QCOMPARE(at(PinCheckModel::NewestMatchingColumn).toString().isEmpty(), status != PinCheckStatus::Available);
    }

    void replaceAndHeaders()
    {
        m_model->setChecks({ check("python", "python=3.9", PinCheckStatus::Available),
            check("silx", "silx=0.15.1", PinCheckStatus::Missing) });
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->checks().size(), size_t(2));
        QCOMPARE(m_model->index(0, PinCheckModel::NewestColumn).data().toString(), QStringLiteral("3.11.6"));
        QCOMPARE(m_model->headerData(PinCheckModel::NewestMatchingColumn, Qt::Horizontal).toString(),
            QStringLiteral("Newest matching"));
        m_model->setChecks({});
        QCOMPARE(m_model->rowCount(), 0);
    }

private:
    std::unique_ptr<PinCheckModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestPinCheckModel)
#include "tst_pincheckmodel.moc"
