#pragma once

#include "InputList.h"
#include "InputSources.h"

#include <QCoreApplication>

class QWidget;

namespace Ui {
class MainWindow;
}

namespace ccm::ui {

class GuiPassphraseProvider;

/// The inputs side of the main window: the input list (InputList), the SM2 encryption pair, and adding inputs from
/// the file dialog, the paste dialog, the clipboard or a drop (InputSources). Removing inputs forgets the
/// passphrases given for them. Calls `changed` after every change of the inputs. Its texts keep the
/// ccm::ui::MainWindow translation context.
class InputPanel
{
    Q_DECLARE_TR_FUNCTIONS(ccm::ui::MainWindow)

public:
    /// `window` (the dialogs' parent), `ui` and `passphrases` must outlive the panel.
    InputPanel(QWidget* window, Ui::MainWindow& ui, GuiPassphraseProvider& passphrases, std::function<void()> changed);

    const InputList& list() const { return m_list; }
    InputList& list() { return m_list; }
    InputSources& sources() { return m_sources; }
    const InputSources& sources() const { return m_sources; }

    /// Opens certificate, key or bundle files as if the user had picked them.
    void openFiles(const QStringList& paths);
    /// Adds pasted PEM text as an input named "pasted text".
    void addPastedText(const QByteArray& text);
    /// Sets the SM2 encryption certificate and key files and turns the pair on (both empty: off).
    void setEncryptionPair(const QString& certificatePath, const QString& keyPath);

    void addFiles();
    void pasteText();
    void pasteFromClipboard();
    void removeSelected();
    void clear();
    void browseEncryptionFile(bool certificate);

    /// Puts the inputs into an inspection job: the list's files and pasted texts, then the SM2 pair when it is on.
    void fillJob(InspectionJob& job);

private:
    QWidget* m_window;
    Ui::MainWindow& m_ui;
    GuiPassphraseProvider& m_passphrases;
    std::function<void()> m_changed;
    InputList m_list;
    InputSources m_sources;
};

} // namespace ccm::ui
