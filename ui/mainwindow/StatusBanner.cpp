#include "StatusBanner.h"

#include <QCoreApplication>

#include <QAccessible>
#include <QLabel>
#include <QPalette>

namespace ccm::ui {

namespace {

const QColor kReadyAccent(0x2e, 0x7d, 0x32);
const QColor kProblemAccent(0xc6, 0x28, 0x28);

/// `a` moved towards `b` by `amount` (0..1).
QColor mix(const QColor& a, const QColor& b, double amount)
{
    const auto channel = [amount](int x, int y) { return int(x + (y - x) * amount + 0.5); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

/// Text in an accent colour that stays readable on the palette's base, light or dark.
QColor accentText(const QPalette& palette, const QColor& accent)
{
    return mix(palette.color(QPalette::Text), accent, 0.6);
}

/// The banner's colours: the palette's alternate base when neutral, else the accent over the base, with accent text.
/// Set through the palette, not a style sheet, so the window starts without QStyleSheetStyle.
QPalette bannerPalette(const QPalette& palette, const QColor* accent)
{
    QPalette banner = palette;
    if (!accent) {
        banner.setColor(QPalette::Window, palette.color(QPalette::AlternateBase));
        banner.setColor(QPalette::WindowText, palette.color(QPalette::Text));
    } else {
        banner.setColor(QPalette::Window, mix(palette.color(QPalette::Base), *accent, 0.18));
        banner.setColor(QPalette::WindowText, accentText(palette, *accent));
    }
    return banner;
}

} // namespace

StatusBanner::StatusBanner(QLabel* label, QObject* parent)
    : QObject(parent)
    , m_label(label)
{
    m_label->setAutoFillBackground(true);
    m_label->setMargin(8);
}

void StatusBanner::makeSelectable()
{
    // Setting the flags resets the focus policy, so the policy comes second.
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setFocusPolicy(Qt::StrongFocus);
}

QString StatusBanner::text() const
{
    return m_label->text();
}

void StatusBanner::showNoInputs()
{
    set(QCoreApplication::translate("ccm::ui::MainWindow",
                                    "Add the certificate, its chain and the private key: as files, by dropping them "
                                    "onto this window, or as pasted text."),
        Kind::Neutral);
}

void StatusBanner::set(const QString& text, Kind kind)
{
    const bool changed = m_label->text() != text;
    m_kind = kind;
    m_label->setText(text);
    applyPalette();
    m_label->setToolTip(QString());
    if (changed)
        announce(false);
}

void StatusBanner::setToolTip(const QString& tip)
{
    m_label->setToolTip(tip);
}

void StatusBanner::announce(bool alert)
{
    // The label's accessible name is its text: a name change makes screen readers read it again.
    QAccessibleEvent nameChanged(m_label, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    if (alert) {
        QAccessibleEvent event(m_label, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
    Q_EMIT announced(m_label->text(), alert);
}

void StatusBanner::applyPalette()
{
    const QColor* accent = nullptr;
    if (m_kind == Kind::Ready)
        accent = &kReadyAccent;
    else if (m_kind == Kind::Problem)
        accent = &kProblemAccent;
    m_label->setPalette(bannerPalette(m_label->window()->palette(), accent));
    QFont font = m_label->font();
    font.setBold(accent != nullptr);
    m_label->setFont(font);
}

QColor StatusBanner::problemText(const QPalette& palette)
{
    return accentText(palette, kProblemAccent);
}

} // namespace ccm::ui
