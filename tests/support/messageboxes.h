// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Answering the app's modal message boxes in a test, as a user would: by pressing one of their
// buttons once the box is shown. Header-only; for tests linked with Qt Widgets.

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <functional>
#include <memory>

namespace testsupport {

/** What a test saw of the box it answered. */
struct AnsweredBox
{
    bool shown = false;
    QString text; ///< the box's text
    QString informativeText; ///< its informative text
};

/**
 * Presses the button that @p pick chooses in the next modal QMessageBox. The box is looked for
 * every 10 ms of the event loop once the caller runs one (a modal box runs its own); after
 * @p patienceMs without a box it gives up, so a box that never comes cannot answer a later test.
 * The returned record is filled in when the box is answered.
 */
inline std::shared_ptr<AnsweredBox> answerNextBox(
    std::function<QAbstractButton *(QMessageBox *)> pick, int patienceMs = 60000)
{
    const int turns = patienceMs / 10;
    auto answered = std::make_shared<AnsweredBox>();
    auto look = std::make_shared<std::function<void(int)>>();
    // The function holds itself weakly; the queued calls hold it, so it lives while one is queued.
    *look = [answered, pick = std::move(pick), self = std::weak_ptr(look)](int left) {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (left > 0)
                QTimer::singleShot(10, qApp, [look = self.lock(), left] { (*look)(left - 1); });
            return;
        }
        answered->shown = true;
        answered->text = box->text();
        answered->informativeText = box->informativeText();
        QAbstractButton *button = pick(box);
        if (button)
            button->click();
        else
            box->reject();
    };
    QTimer::singleShot(0, qApp, [look, turns] { (*look)(turns); });
    return answered;
}

/** Presses the button with object name @p name (or, when there is none, the standard button @p standard). */
inline std::shared_ptr<AnsweredBox> answerNextBox(
    const QString &name, QMessageBox::StandardButton standard = QMessageBox::NoButton)
{
    return answerNextBox([name, standard](QMessageBox *box) -> QAbstractButton * {
        for (QAbstractButton *button : box->buttons())
            if (!name.isEmpty() && button->objectName() == name)
                return button;
        return standard != QMessageBox::NoButton ? box->button(standard) : nullptr;
    });
}

/** Presses the standard button @p standard. */
inline std::shared_ptr<AnsweredBox> answerNextBox(QMessageBox::StandardButton standard)
{
    return answerNextBox(QString(), standard);
}

} // namespace testsupport
