// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/jobs/ansiblereview.h"
#include "core/jobs/ansiblerunoptions.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QPlainTextEdit;

namespace ui {

class AnsibleRecapModel;
class AnsibleReviewModel;
class DiffView;

/**
 * The review of an Ansible run, above all of a check+diff run: the hosts × tasks grid with each
 * status (every host a column, task names elided to leave the hosts room; filtered to the tasks
 * with changes, failures or a result that differs on a few hosts), the details and diffs of the
 * selected cell (a changed task's before/after, unified or
 * side by side), and the recap per host. "Run for real" asks for the same run without check
 * mode, limited to the reviewed hosts: it refuses, saying why, when the playbook's files, the
 * inventory or the options are no longer what the check run read (setCheckRun()), and otherwise
 * asks for confirmation with what the check found and the command line; then realRunRequested()
 * names the check run it was approved from. The view starts nothing itself.
 */
class AnsibleReviewView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnsibleReviewView)
public:
    explicit AnsibleReviewView(QWidget *parent = nullptr);
    ~AnsibleReviewView() override;

    /**
     * Shows @p review of a run made with @p options (nullopt: unknown, so no real run can be
     * offered). Call again as a live run goes on; the selection stays.
     */
    void setReview(const core::jobs::AnsibleReview &review, const std::optional<core::jobs::AnsibleRunOptions> &options);
    /** The check run shown: its job id, and its fingerprint (core::jobs::runFingerprint()) to compare with. */
    void setCheckRun(const QString &jobId, const QVariantMap &fingerprint);
    /**
     * The hosts of @p inventory that the inventory checks say would break, each with why. A real
     * run with that inventory lists those of its hosts in the confirmation, and leaves them out
     * unless the user ticks them in.
     */
    void setHostsThatWouldBreak(const QString &inventory, const QMap<QString, QStringList> &reasons);
    /**
     * What the hosts of @p inventory have installed that differs from their pins (the Inventory
     * page's Installed tab), host -> lines: Run for Real shows it for the hosts it targets.
     */
    void setHostDrift(const QString &inventory, const QMap<QString, QStringList> &drift);
    const QMap<QString, QStringList> &hostDrift() const { return m_hostDrift; }
    /** Shows nothing but @p message ("Not an Ansible run", "Reading the events…"). */
    void showMessage(const QString &message);

    /** The hosts the review covers: those a real run is limited to. */
    QStringList reviewedHosts() const;
    /** The options "Run for real" would use; nullopt when it is not offered. */
    std::optional<core::jobs::AnsibleRunOptions> realRunOptions() const;

    /** Which tasks the grid shows. */
    enum class TaskFilter { All, Changed, Failed, Differing };
    void setTaskFilter(TaskFilter filter);

    AnsibleReviewModel *model() const { return m_model; }
    AnsibleRecapModel *recapModel() const { return m_recapModel; }
    QTableView *grid() const { return m_grid; }
    DiffView *diffView() const { return m_diffView; }
    /** Selects the first cell with a diff; false when there is none. */
    bool selectFirstDiff();

Q_SIGNALS:
    void realRunRequested(const core::jobs::AnsibleRunOptions &options);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createDetails();
    void showCell(const QModelIndex &index);
    void showDiff(int diffIndex);
    void updateSummary();
    void confirmRealRun();
    /** The reviewed hosts the checks say would break with the real run's inventory, with why. */
    QMap<QString, QStringList> hostsThatWouldBreak(const core::jobs::AnsibleRunOptions &real) const;
    void applyFilter();
    void fitTaskNames();

    AnsibleReviewModel *m_model = nullptr;
    AnsibleRecapModel *m_recapModel = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_runForReal = nullptr;
    QTableView *m_grid = nullptr;
    QTableView *m_recap = nullptr;
    QLabel *m_cellTitle = nullptr;
    QPlainTextEdit *m_cellDetails = nullptr;
    QComboBox *m_diffChoice = nullptr;
    QComboBox *m_filter = nullptr;
    QString m_breakInventory;
    QMap<QString, QStringList> m_breakReasons;
    QString m_driftInventory;
    QMap<QString, QStringList> m_hostDrift;
    DiffView *m_diffView = nullptr;
    std::optional<core::jobs::AnsibleRunOptions> m_options;
    QString m_checkId;
    QVariantMap m_checkFingerprint;
    QString m_message;
};

} // namespace ui
