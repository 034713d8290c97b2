#pragma once

#include <QMessageBox>
#include <QString>

namespace ccm::ui {

/// A tooltip that shows `text` exactly as it is. Qt renders a tooltip that looks like HTML as HTML, and names,
/// DNs, paths and server messages come from files, profiles or the network: they are escaped into a paragraph.
QString plainToolTip(const QString& text);

/// A modal question whose text is shown as plain text (QMessageBox's static functions detect rich text).
QMessageBox::StandardButton askPlain(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);

} // namespace ccm::ui
