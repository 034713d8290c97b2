#pragma once

#include <QMainWindow>
#include <QStringList>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace ccm::ui {

/// The application's main window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens certificate, key or bundle files as if the user had picked them.
    void openFiles(const QStringList& paths);

private:
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
};

} // namespace ccm::ui
