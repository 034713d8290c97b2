#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "common/Version.h"

#include <QMessageBox>

namespace ccm::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

MainWindow::~MainWindow() = default;

void MainWindow::openFiles(const QStringList& paths)
{
    m_ui->statusbar->showMessage(tr("%n file(s) opened", nullptr, int(paths.size())));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About CCM Importer"),
        tr("CCM Importer %1\nImports TLS certificates into Huawei Cloud Certificate Manager.").arg(versionString()));
}

} // namespace ccm::ui
