#include "MainWindowSettings.h"
#include "ui_MainWindow.h"

#include <QSettings>

namespace ccm::ui {

QString MainWindowSettings::restore(const QString& path, QMainWindow& window, Ui::MainWindow& ui)
{
    const QSettings settings(path, QSettings::IniFormat);
    if (settings.contains(QStringLiteral("window/geometry")))
        window.restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (settings.contains(QStringLiteral("window/mainSplitter")))
        ui.mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    if (settings.contains(QStringLiteral("window/previewSplitter")))
        ui.previewSplitter->restoreState(settings.value(QStringLiteral("window/previewSplitter")).toByteArray());
    const int tab = settings.value(QStringLiteral("window/previewTab"), 0).toInt();
    if (tab >= 0 && tab < ui.previewTabs->count())
        ui.previewTabs->setCurrentIndex(tab);
    return settings.value(QStringLiteral("files/lastFolder")).toString();
}

void MainWindowSettings::save(const QString& path, const QMainWindow& window, const Ui::MainWindow& ui,
                              const QString& lastFolder)
{
    QSettings settings(path, QSettings::IniFormat);
    settings.setValue(QStringLiteral("window/geometry"), window.saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), ui.mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/previewSplitter"), ui.previewSplitter->saveState());
    settings.setValue(QStringLiteral("window/previewTab"), ui.previewTabs->currentIndex());
    settings.setValue(QStringLiteral("files/lastFolder"), lastFolder);
}

} // namespace ccm::ui
