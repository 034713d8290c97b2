#include "MainWindowKeyboard.h"
#include "ui_MainWindow.h"

namespace ccm::ui {

namespace {

/// Keys from the platform's standard binding, or `fallback` where the platform has none.
QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence& fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys.append(fallback);
    return keys;
}

} // namespace

void MainWindowKeyboard::setUpKeys(Ui::MainWindow& ui)
{
    // The platform's standard keys where there is one (QKeySequence::StandardKey).
    ui.actionAddFiles->setShortcuts(QKeySequence::Open);
    ui.actionPaste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    ui.actionQuit->setShortcuts(standardOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    ui.actionHelp->setShortcuts(standardOr(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)));
    ui.actionProfiles->setShortcuts(standardOr(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    ui.actionHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    ui.actionCertificates->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    ui.actionImport->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    ui.actionCancelImport->setShortcut(QKeySequence(Qt::Key_Escape));
    ui.actionCancelImport->setEnabled(false);
    // Paste and Delete act on the input list only: elsewhere they belong to the text fields.
    ui.actionPasteClipboard->setShortcuts(QKeySequence::Paste);
    ui.actionPasteClipboard->setShortcutContext(Qt::WidgetShortcut);
    ui.actionRemove->setShortcuts(QKeySequence::Delete);
    ui.actionRemove->setShortcutContext(Qt::WidgetShortcut);
    ui.fileList->addAction(ui.actionPasteClipboard);
    ui.fileList->addAction(ui.actionRemove);
    ui.fileList->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Long rows are elided in the middle (the file name stays visible); the tooltip has the whole text.
    ui.fileList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // Top to bottom, left panel first, then the preview.
    const QList<QWidget*> order{
        ui.addFilesButton,     ui.pasteButton,        ui.fileList,          ui.removeButton,
        ui.clearButton,        ui.encGroup,           ui.encCertEdit,       ui.encCertBrowseButton,
        ui.encKeyEdit,         ui.encKeyBrowseButton, ui.profileCombo,      ui.profilesButton,
        ui.nameEdit,           ui.epidEdit,           ui.duplicateCheckBox, ui.importButton,
        ui.cancelImportButton, ui.bannerLabel,        ui.previewTabs};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

void MainWindowKeyboard::setUpDescriptions(Ui::MainWindow& ui)
{
    ui.bannerLabel->setAccessibleDescription(tr("Status of the inputs and of the last import"));
    ui.busyBar->setAccessibleDescription(tr("Shown while the inputs are inspected or an import runs"));
    ui.fileList->setAccessibleDescription(
        tr("Each row says what the file or pasted text holds. Delete removes the selected rows, Paste adds "
           "text from the clipboard."));
    ui.importButton->setAccessibleDescription(tr("Sends the certificate to the chosen profile (Ctrl+Return)"));
}

QList<QAction*> MainWindowKeyboard::helpActions(const Ui::MainWindow& ui)
{
    return {ui.actionAddFiles,     ui.actionPaste,    ui.actionPasteClipboard, ui.actionRemove,       ui.actionImport,
            ui.actionCancelImport, ui.actionProfiles, ui.actionHistory,        ui.actionCertificates, ui.actionHelp,
            ui.actionQuit};
}

} // namespace ccm::ui
