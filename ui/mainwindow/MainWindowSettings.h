#pragma once

#include <QString>

class QMainWindow;

namespace Ui {
class MainWindow;
}

namespace ccm::ui {

/// What the main window remembers between runs, in an INI file: its geometry, the two splitters, the preview tab
/// and the folder files were last added from.
class MainWindowSettings
{
public:
    /// Restores what the file holds (missing keys leave the window as it is); returns the last folder.
    static QString restore(const QString& path, QMainWindow& window, Ui::MainWindow& ui);
    static void save(const QString& path, const QMainWindow& window, const Ui::MainWindow& ui,
                     const QString& lastFolder);
};

} // namespace ccm::ui
