// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/widgets/recorddetails.h"
#include "core/util/qtext.h"

#include "core/util/secrets.h"
#include "core/channel/browseindex.h"
#include "ui/models/packagelistmodel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

using core::spec::PackageRecord;

namespace {

// python has hundreds of thousands of dependent builds: list every name, but only the first builds
// of each and a bounded number overall, so filling the list stays quick.
constexpr int s_maxBuildsPerName = 50;
constexpr int s_maxBuildItems = 5000;
constexpr int s_nameRole = Qt::UserRole;
constexpr int s_fileRole = Qt::UserRole + 1;
constexpr int s_channelRole = Qt::UserRole + 2;

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

QJsonArray stringArray(const std::vector<std::string> &values)
{
    QJsonArray array;
    for (const auto &v : values)
        array.append(text(v));
    return array;
}

/** Track features as repodata writes them: one string, separated by blanks. */
QString trackFeatures(const PackageRecord &record)
{
    QStringList features;
    for (const auto &f : record.trackFeatures)
        features << text(f);
    return features.join(u' ');
}

QTreeWidget *makeList(const QStringList &headers, const QString &objectName, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(headers.size() > 1);
    list->setUniformRowHeights(true);
    list->header()->setStretchLastSection(true);
    list->setCursor(Qt::PointingHandCursor);
    return list;
}

} // namespace

RecordDetails::RecordDetails(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_copy(new QToolButton(this))
    , m_fields(new QTextBrowser(this))
    , m_depends(makeList({ tr("Depends (click to show)") }, QStringLiteral("dependencies"), this))
    , m_dependentsLabel(new QLabel(this))
    , m_dependents(makeList({ tr("Required by"), tr("With the spec") }, QStringLiteral("dependents"), this))
{
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(QStringLiteral("title"));
    m_copy->setText(tr("Copy as JSON"));
    m_copy->setToolTip(tr("Copy the record as JSON to the clipboard"));
    m_copy->setObjectName(QStringLiteral("copyJson"));
    m_fields->setObjectName(QStringLiteral("fields"));
    m_fields->setAccessibleName(tr("Record fields"));
    m_depends->setAccessibleName(tr("Dependencies"));
    m_dependents->setAccessibleName(tr("Packages that require this one"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_copy);
    auto *lists = new QSplitter(Qt::Vertical, this);
    lists->addWidget(m_fields);
    lists->addWidget(m_depends);
    auto *dependents = new QWidget(lists);
    auto *dependentsLayout = new QVBoxLayout(dependents);
    dependentsLayout->setContentsMargins(0, 0, 0, 0);
    dependentsLayout->addWidget(m_dependentsLabel);
    dependentsLayout->addWidget(m_dependents);
    lists->addWidget(dependents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(lists, 1);

    connect(m_copy, &QAbstractButton::clicked, this, &RecordDetails::copyJson);
    connect(m_depends, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        // Queued: the jump refills these lists, which must not happen inside the list's own click handling.
        QMetaObject::invokeMethod(
            this, [this, name = item->data(0, s_nameRole).toString()] { Q_EMIT dependencyActivated(name); },
            Qt::QueuedConnection);
    });
    connect(m_dependents, &QTreeWidget::itemClicked, this, &RecordDetails::onDependentClicked);
    clear();
}

RecordDetails::~RecordDetails() = default;

void RecordDetails::clear()
{
    m_hasRecord = false;
    m_record = {};
    m_title->setText(tr("No package selected"));
    m_copy->setEnabled(false);
    m_fields->clear();
    m_depends->clear();
    m_dependents->clear();
    m_dependentsLabel->clear();
}

void RecordDetails::setRecord(const PackageRecord &record)
{
    m_record = record;
    m_hasRecord = true;
    m_title->setText(QStringLiteral("<b>%1</b> %2 <small>%3</small>")
                         .arg(text(record.name).toHtmlEscaped(), text(record.version).toHtmlEscaped(),
                              text(record.build).toHtmlEscaped()));
    m_copy->setEnabled(true);
    showFields();
    m_depends->clear();
    for (const auto &dependency : record.depends) {
        auto *item = new QTreeWidgetItem(m_depends, {text(dependency)});
        const QString name = text(core::channel::BrowseIndex::dependencyName(dependency));
        item->setData(0, s_nameRole, name);
        item->setToolTip(0, tr("Show %1").arg(name));
    }
    m_dependents->clear();
    m_dependentsLabel->setText(tr("Looking for packages that require this build…"));
}

void RecordDetails::showFields()
{
    const PackageRecord &r = m_record;
    QStringList constrains;
    for (const auto &c : r.constrains)
        constrains << text(c).toHtmlEscaped();
    const std::vector<std::pair<QString, QString>> rows {
        { tr("Version"), text(r.version) },
        { tr("Build"), text(r.build) },
        { tr("Build number"), QString::number(r.buildNumber) },
        { tr("Subdir"), text(r.subdir) },
        { tr("Channel"), text(r.channel) },
        { tr("Noarch"), text(r.noarch) },
        { tr("Licence"), text(r.license) },
        { tr("Size"), core::util::sizeText(r.size, QLocale()) },
        { tr("Date"), recordDate(r.timestamp) },
        { tr("File"), text(r.fn) },
        { tr("URL"), text(core::util::maskSecrets(r.url)) },
        { tr("MD5"), text(r.md5) },
        { tr("SHA-256"), text(r.sha256) },
        { tr("Track features"), trackFeatures(r) },
    };
    QString html = QStringLiteral("<table cellspacing='2'>");
    for (const auto &[label, value] : rows) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>").arg(label, value.toHtmlEscaped());
    }
    if (!constrains.isEmpty())
        html += QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>").arg(tr("Constrains"), constrains.join(QStringLiteral("<br>")));
    m_fields->setHtml(html + QStringLiteral("</table>"));
}

void RecordDetails::setDependents(const std::vector<Dependent> &dependents)
{
    m_dependents->clear();
    m_dependentsLabel->setText(dependents.empty() ? tr("No package in the loaded channels requires this build.")
                                                  : tr("Required by %n build(s) in the loaded channels:", nullptr,
                                                       int(dependents.size())));
    // Items are put together first and added in one call: one model update instead of thousands.
    QList<QTreeWidgetItem *> groups;
    int builds = 0;
    int items = 0;
    const auto countBuilds = [&] {
        if (!groups.isEmpty())
            groups.last()->setText(1, tr("%n build(s)", nullptr, builds));
    };
    for (const Dependent &d : dependents) {
        if (groups.isEmpty() || groups.last()->data(0, s_nameRole).toString() != d.name) {
            countBuilds();
            groups.append(new QTreeWidgetItem(QStringList{d.name}));
            groups.last()->setData(0, s_nameRole, d.name);
            builds = 0;
        }
        QTreeWidgetItem *group = groups.last();
        ++builds;
        if (group->childCount() >= s_maxBuildsPerName || items++ >= s_maxBuildItems)
            continue;
        auto *item = new QTreeWidgetItem(group, {QStringLiteral("%1 %2 (%3, %4)").arg(d.version, d.build, d.subdir, d.channel),
                                                 d.spec});
        item->setData(0, s_nameRole, d.name);
        item->setData(0, s_fileRole, d.fileName);
        item->setData(0, s_channelRole, d.channel);
    }
    countBuilds();
    m_dependents->addTopLevelItems(groups);
}

void RecordDetails::onDependentClicked(QTreeWidgetItem *item)
{
    const QString name = item->data(0, s_nameRole).toString();
    const QString file = item->data(0, s_fileRole).toString();
    const QString channel = item->data(0, s_channelRole).toString();
    // Queued, as for dependencies: the jump deletes the item that was clicked.
    QMetaObject::invokeMethod(
        this, [this, name, file, channel] { Q_EMIT dependentActivated(name, file, channel); }, Qt::QueuedConnection);
}

QJsonObject RecordDetails::recordJson(const PackageRecord &record)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), text(record.name));
    o.insert(QStringLiteral("version"), text(record.version));
    o.insert(QStringLiteral("build"), text(record.build));
    o.insert(QStringLiteral("build_number"), qint64(record.buildNumber));
    o.insert(QStringLiteral("depends"), stringArray(record.depends));
    o.insert(QStringLiteral("constrains"), stringArray(record.constrains));
    if (!record.trackFeatures.empty())
        o.insert(QStringLiteral("track_features"), trackFeatures(record));
    const std::vector<std::pair<QString, std::string>> optional{
        {QStringLiteral("license"), record.license}, {QStringLiteral("md5"), record.md5},
        {QStringLiteral("sha256"), record.sha256},   {QStringLiteral("noarch"), record.noarch},
        {QStringLiteral("subdir"), record.subdir},   {QStringLiteral("fn"), record.fn},
        {QStringLiteral("channel"), record.channel}, {QStringLiteral("url"), core::util::maskSecrets(record.url)},
    };
    for (const auto &[key, value] : optional) {
        if (!value.empty())
            o.insert(key, text(value));
    }
    o.insert(QStringLiteral("size"), qint64(record.size));
    if (record.timestamp != 0)
        o.insert(QStringLiteral("timestamp"), qint64(record.timestamp));
    return o;
}

void RecordDetails::copyJson()
{
    if (m_hasRecord)
        QGuiApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(recordJson(m_record)).toJson(QJsonDocument::Indented)));
}

} // namespace ui
