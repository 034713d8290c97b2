#pragma once

#include <QCoreApplication>
#include <QList>

class QAction;

namespace Ui {
class MainWindow;
}

namespace ccm::ui {

/// The main window's keyboard and screen-reader set-up: the actions' shortcuts, the tab order, and the descriptions
/// screen readers read. Its texts keep the ccm::ui::MainWindow translation context.
class MainWindowKeyboard
{
    Q_DECLARE_TR_FUNCTIONS(ccm::ui::MainWindow)

public:
    /// Shortcuts (the platform's standard keys where there is one), the input list's own actions and the tab order.
    static void setUpKeys(Ui::MainWindow& ui);
    /// The accessible descriptions of the banner, the busy bar, the input list and the Import button.
    static void setUpDescriptions(Ui::MainWindow& ui);
    /// The actions the help lists with their keys, in menu order.
    static QList<QAction*> helpActions(const Ui::MainWindow& ui);
};

} // namespace ccm::ui
