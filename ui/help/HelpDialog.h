#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTextBrowser;

namespace ccm::ui {

/// Help > CCM Importer help (F1): how to use the window, and the keyboard shortcuts of the given actions.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(const QList<QAction*>& shortcuts, QWidget* parent = nullptr);

    /// The help text as shown (HTML).
    QString html() const;

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace ccm::ui
