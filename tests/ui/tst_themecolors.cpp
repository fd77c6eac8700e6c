// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Status, diff and diagnostic colours stay readable in a light and in a dark theme: each is checked
// against the palette's Base (and its Text) with the WCAG contrast ratio, computed here on its own.
#include "ui/models/changetablemodel.h"
#include "ui/models/diagnosticsmodel.h"
#include "ui/models/statuscolors.h"
#include "ui/widgets/diffview.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>

#include <cmath>

Q_DECLARE_METATYPE(QPalette)

namespace {

qreal luminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    const auto channel = [](qreal v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette lightPalette()
{
    QPalette p(QColor(239, 239, 239));  // the window colour; Qt derives the rest
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Link, QColor(0, 0, 255));
    return p;
}

QPalette darkPalette()
{
    QPalette p(QColor(49, 54, 59));  // Breeze Dark's window colour
    p.setColor(QPalette::Base, QColor(35, 38, 41));
    p.setColor(QPalette::AlternateBase, QColor(49, 54, 59));
    p.setColor(QPalette::Text, QColor(239, 240, 241));
    p.setColor(QPalette::WindowText, QColor(239, 240, 241));
    // Left at the light theme's blue, as some dark palettes do: the log must cope with it.
    p.setColor(QPalette::Link, QColor(0, 0, 255));
    return p;
}

QString describe(const char *what, const QColor &colour, qreal ratio)
{
    return QStringLiteral("%1 %2: contrast %3").arg(QLatin1String(what), colour.name()).arg(ratio, 0, 'f', 2);
}

} // namespace

class TestThemeColors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QApplication::setPalette(QPalette()); }

    void palettes_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }

    void contrastRatioMatchesWcag()
    {
        QCOMPARE(qRound(ui::statuscolors::contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(ui::statuscolors::contrastRatio(Qt::red, Qt::red), 1.0);
        QVERIFY(std::abs(ui::statuscolors::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
    }

    void backgroundsKeepTextReadable_data() { palettes_data(); }
    void backgroundsKeepTextReadable()
    {
        QFETCH(QPalette, palette);
        using core::jobs::TaskStatus;
        namespace sc = ui::statuscolors;
        const QColor base = palette.color(QPalette::Base);
        const QColor text = palette.color(QPalette::Text);
        const std::pair<const char *, QColor> tints[] = {
            {"added", sc::added(palette)},
            {"removed", sc::removed(palette)},
            {"filler", sc::filler(palette)},
            {"ok", sc::taskStatus(palette, TaskStatus::Ok)},
            {"changed", sc::taskStatus(palette, TaskStatus::Changed)},
            {"failed", sc::taskStatus(palette, TaskStatus::Failed)},
            {"skipped", sc::taskStatus(palette, TaskStatus::Skipped)},
            {"unreachable", sc::taskStatus(palette, TaskStatus::Unreachable)},
        };
        for (const auto &[what, tint] : tints) {
            // The theme's text on the tinted row: WCAG AA for normal text.
            QVERIFY2(contrast(text, tint) >= 4.5, qPrintable(describe(what, tint, contrast(text, tint))));
            // ... and the tint is visible: not the Base colour itself.
            QVERIFY2(tint != base, what);
        }
        QVERIFY(sc::added(palette) != sc::removed(palette));
    }

    void foregroundsStandOutFromBase_data() { palettes_data(); }
    void foregroundsStandOutFromBase()
    {
        QFETCH(QPalette, palette);
        QApplication::setPalette(palette);
        const QColor base = palette.color(QPalette::Base);
        using core::lock::ChangeKind;
        for (ChangeKind kind : {ChangeKind::Installed, ChangeKind::Removed, ChangeKind::Upgraded, ChangeKind::Downgraded,
                                ChangeKind::Rebuilt}) {
            const QColor c = ui::ChangeTableModel::kindColor(kind);
            QVERIFY2(contrast(c, base) >= 3.0, qPrintable(describe("change kind", c, contrast(c, base))));
        }

        ui::DiagnosticsModel diagnostics;
        using Severity = ui::Diagnostic::Severity;
        diagnostics.setDiagnostics({{Severity::Error, 1, 1, 0, QStringLiteral("bad")},
                                    {Severity::Warning, 2, 1, 0, QStringLiteral("odd")},
                                    {Severity::Conflict, 3, 1, 0, QStringLiteral("conflict")}});
        for (int row = 0; row < diagnostics.rowCount(); ++row) {
            const QVariant v = diagnostics.index(row, ui::DiagnosticsModel::SeverityColumn).data(Qt::ForegroundRole);
            if (!v.isValid())
                continue;  // the view's own text colour
            const QColor c = v.value<QColor>();
            QVERIFY2(contrast(c, base) >= 3.0, qPrintable(describe("severity", c, contrast(c, base))));
        }

        // The log's own notes ("deploydeck: exited with code 1") use the Link colour, made readable.
        const QColor note = ui::statuscolors::readable(palette, palette.color(QPalette::Link), 3.0);
        QVERIFY2(contrast(note, base) >= 3.0, qPrintable(describe("log note", note, contrast(note, base))));
    }

    void diffViewRowsAreReadable_data() { palettes_data(); }
    void diffViewRowsAreReadable()
    {
        QFETCH(QPalette, palette);
        QApplication::setPalette(palette);
        ui::DiffView view;
        view.setMode(ui::DiffView::Mode::SideBySide);
        view.setTexts(QStringLiteral("a\nb\nc\n"), QStringLiteral("a\nB\nc\nd\n"));
        const auto *before = view.findChild<QPlainTextEdit *>(QStringLiteral("beforePane"));
        const auto *after = view.findChild<QPlainTextEdit *>(QStringLiteral("afterPane"));
        QVERIFY(before && after);
        int tinted = 0;
        for (const QPlainTextEdit *pane : {before, after}) {
            const QColor text = pane->palette().color(QPalette::Text);
            const QColor base = pane->palette().color(QPalette::Base);
            QCOMPARE(base, palette.color(QPalette::Base));
            for (QTextBlock b = pane->document()->begin(); b.isValid(); b = b.next()) {
                if (!b.blockFormat().hasProperty(QTextFormat::BackgroundBrush))
                    continue;
                const QColor background = b.blockFormat().background().color();
                ++tinted;
                QVERIFY2(contrast(text, background) >= 4.5,
                         qPrintable(describe("diff row", background, contrast(text, background))));
                QCOMPARE(background.lightness() > 128, base.lightness() > 128);  // stays on Base's side
            }
        }
        QVERIFY(tinted >= 3);  // the changed line on each side and the filler row
    }
};

QTEST_MAIN(TestThemeColors)
#include "tst_themecolors.moc"
