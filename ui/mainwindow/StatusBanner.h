#pragma once

#include <QColor>
#include <QObject>
#include <QString>

class QLabel;
class QPalette;

namespace ccm::ui {

/// The banner above the main window's preview, the first thing the user reads: its text, its colours (neutral, ready,
/// problem) and telling screen readers when it changes. It words nothing itself.
class StatusBanner : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        Neutral,
        Ready,
        Problem,
    };

    /// Makes `label` (not owned, must outlive this object) the banner: text on a filled background.
    explicit StatusBanner(QLabel* label, QObject* parent = nullptr);
    /// Makes the text focusable and selectable, with the mouse and the keyboard. The window does this right after
    /// its first frame: a focusable or selectable label lays its text out as a text document, which costs the first
    /// frame 4 million instructions.
    void makeSelectable();

    QString text() const;
    /// Shows `text` in the colours of `kind` and clears the tooltip; a changed text is announced (no alert).
    void set(const QString& text, Kind kind);
    /// What the banner says while there are no inputs (the window's first frame says it too).
    void showNoInputs();
    void setToolTip(const QString& tip);
    /// Tells screen readers that the banner changed; `alert` for an import's outcome and new errors.
    void announce(bool alert);
    /// Colours the banner from its window's palette (again after a palette change).
    void applyPalette();

    /// Text in the problem colour that stays readable on this palette's base, light or dark.
    static QColor problemText(const QPalette& palette);

Q_SIGNALS:
    /// The banner was announced to screen readers (NameChanged; with `alert` also an Alert event).
    void announced(const QString& text, bool alert);

private:
    QLabel* m_label;
    Kind m_kind = Kind::Neutral;
};

} // namespace ccm::ui
