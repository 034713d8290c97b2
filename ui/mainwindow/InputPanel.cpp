#include "InputPanel.h"
#include "ui_MainWindow.h"

#include "ui/inspection/InspectionRunner.h"
#include "ui/passphrase/GuiPassphraseProvider.h"
#include "ui/pastetext/PasteTextDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace ccm::ui {

InputPanel::InputPanel(QWidget* window, Ui::MainWindow& ui, GuiPassphraseProvider& passphrases,
                       std::function<void()> changed)
    : m_window(window)
    , m_ui(ui)
    , m_passphrases(passphrases)
    , m_changed(std::move(changed))
    , m_list(ui.fileList)
{}

void InputPanel::openFiles(const QStringList& paths)
{
    const QStringList added = m_list.addFiles(paths);
    if (!added.isEmpty()) {
        m_sources.rememberFolderOf(added.last());
        m_ui.statusbar->showMessage(tr("Files added: %1").arg(added.size()), 5000);
        m_changed();
    }
}

void InputPanel::addPastedText(const QByteArray& text)
{
    if (m_list.addPastedText(text))
        m_changed();
}

void InputPanel::setEncryptionPair(const QString& certificatePath, const QString& keyPath)
{
    const QSignalBlocker blocker(m_ui.encGroup);
    m_ui.encCertEdit->setText(certificatePath);
    m_ui.encKeyEdit->setText(keyPath);
    m_ui.encGroup->setChecked(!certificatePath.isEmpty() || !keyPath.isEmpty());
    m_changed();
}

void InputPanel::addFiles()
{
    openFiles(m_sources.chooseFiles(m_window));
}

void InputPanel::pasteText()
{
    PasteTextDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted) {
        QByteArray pasted = dialog.takeText();
        addPastedText(pasted);
        wipe(pasted);
    }
}

void InputPanel::pasteFromClipboard()
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    const QStringList paths = InputSources::localFiles(mime);
    if (!paths.isEmpty())
        openFiles(paths);
    else if (mime && mime->hasText() && !mime->text().trimmed().isEmpty())
        addPastedText(mime->text().toUtf8());
    else
        m_ui.statusbar->showMessage(tr("The clipboard holds no text or files."), 5000);
}

void InputPanel::removeSelected()
{
    if (!m_list.removeSelected())
        return;
    m_passphrases.forget();
    m_changed();
}

void InputPanel::clear()
{
    m_list.clear();
    m_passphrases.forget();
    m_changed();
}

void InputPanel::browseEncryptionFile(bool certificate)
{
    const QString path = m_sources.chooseEncryptionFile(m_window, certificate);
    if (path.isEmpty())
        return;
    (certificate ? m_ui.encCertEdit : m_ui.encKeyEdit)->setText(path);
    m_changed();
}

void InputPanel::fillJob(InspectionJob& job)
{
    m_list.fillJob(job);
    if (m_ui.encGroup->isChecked()) {
        for (QLineEdit* edit : {m_ui.encCertEdit, m_ui.encKeyEdit}) {
            if (!edit->text().trimmed().isEmpty())
                job.encFiles.append(edit->text().trimmed());
        }
    }
}

} // namespace ccm::ui
