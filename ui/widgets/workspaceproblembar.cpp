// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/widgets/workspaceproblembar.h"

#include <QColor>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>

#include <algorithm>

namespace ui {

namespace {

/** The workspace file of @p path: the path itself when it names a file, else its deploydeck.yml. */
QString workspaceFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() ? info.absoluteFilePath() + QStringLiteral("/deploydeck.yml") : info.absoluteFilePath();
}

} // namespace

WorkspaceProblemBar::WorkspaceProblemBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_reload(new QPushButton(tr("&Reload"), this))
{
    setObjectName(QStringLiteral("workspaceProblemBar"));
    setAccessibleName(tr("Workspace problem"));
    setFrameShape(QFrame::StyledPanel);
    // The palette's own warning-ish colours are not portable; a red-tinted base reads as an error in light and dark.
    setAutoFillBackground(true);
    QPalette tinted = palette();
    const QColor base = tinted.color(QPalette::Window);
    tinted.setColor(QPalette::Window,
        QColor::fromRgbF(std::min(1.0, base.redF() * 0.8 + 0.2), base.greenF() * 0.8, base.blueF() * 0.8));
    setPalette(tinted);
    m_text->setObjectName(QStringLiteral("workspaceProblemText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reload->setObjectName(QStringLiteral("workspaceReload"));
    m_reload->setToolTip(tr("Open the workspace again (it also reloads by itself when deploydeck.yml changes)"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_reload);
    connect(m_reload, &QPushButton::clicked, this, [this] { Q_EMIT reloadRequested(m_path); });
    const auto changed = [this] {
        watch(); // a replaced file is a new inode
        if (!m_path.isEmpty())
            Q_EMIT reloadRequested(m_path);
    };
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    hide();
}

WorkspaceProblemBar::~WorkspaceProblemBar() = default;

void WorkspaceProblemBar::showProblem(const QString &path, const QString &message)
{
    m_path = path;
    m_text->setText(tr("The workspace cannot be opened. Fix the file and it reloads by itself:\n%1").arg(message));
    watch();
    show();
}

void WorkspaceProblemBar::clear()
{
    m_path.clear();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    hide();
}

QString WorkspaceProblemBar::message() const
{
    return m_text->text();
}

void WorkspaceProblemBar::watch()
{
    if (m_path.isEmpty())
        return;
    const QString file = workspaceFile(m_path);
    if (QFileInfo::exists(file) && !m_watcher.files().contains(file))
        m_watcher.addPath(file);
    const QString folder = QFileInfo(file).absolutePath();
    if (QFileInfo::exists(folder) && !m_watcher.directories().contains(folder))
        m_watcher.addPath(folder);
}

} // namespace ui
