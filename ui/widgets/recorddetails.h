// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/spec/packagerecord.h"

#include <QJsonObject>
#include <QWidget>

#include <vector>

class QAbstractButton;
class QLabel;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace ui {

/** A record that requires the one shown, for the "Required by" list. */
struct Dependent
{
    QString name;
    QString version;
    QString build;
    QString subdir;
    QString channel;
    QString fileName;
    QString spec;  ///< the dependency string that the shown record satisfies
};

/**
 * The details pane of the Channels page: every field of one record, its dependencies (a click
 * jumps to that package), the records of the loaded channels that require it, and "Copy as JSON".
 * Shows data only; the page finds the dependents and handles the jumps. GUI thread only.
 */
class RecordDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDetails)
public:
    explicit RecordDetails(QWidget *parent = nullptr);
    ~RecordDetails() override;

    /** Shows @p record; the dependents list says it is searching until setDependents(). */
    void setRecord(const core::spec::PackageRecord &record);
    void clear();
    bool hasRecord() const { return m_hasRecord; }
    const core::spec::PackageRecord &record() const { return m_record; }

    /** Fills "Required by", grouped by name (in the order given). */
    void setDependents(const std::vector<Dependent> &dependents);

    /** The record as a repodata-style JSON object (CEP 34 keys; a token in the URL masked). */
    static QJsonObject recordJson(const core::spec::PackageRecord &record);

    QTreeWidget *dependencyList() const { return m_depends; }
    QTreeWidget *dependentList() const { return m_dependents; }
    QAbstractButton *copyButton() const { return m_copy; }
    QTextBrowser *fieldsView() const { return m_fields; }

public Q_SLOTS:
    /** Puts recordJson() of the shown record on the clipboard, indented. */
    void copyJson();

Q_SIGNALS:
    /** A dependency was clicked: show the package @p name. */
    void dependencyActivated(const QString &name);
    /** A dependent build (or name, with an empty @p fileName) was clicked. */
    void dependentActivated(const QString &name, const QString &fileName, const QString &channel);

private:
    void showFields();
    void onDependentClicked(QTreeWidgetItem *item);

    core::spec::PackageRecord m_record;
    bool m_hasRecord = false;
    QLabel *m_title;
    QAbstractButton *m_copy;
    QTextBrowser *m_fields;
    QTreeWidget *m_depends;
    QLabel *m_dependentsLabel;
    QTreeWidget *m_dependents;
};

} // namespace ui
