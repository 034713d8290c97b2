#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QMimeData;
class QWidget;

namespace ccm::ui {

/// Where the main window's file inputs come from: the file dialogs (starting in the folder files were last added
/// from), and the local files of a drop or of the clipboard. Its texts keep the ccm::ui::MainWindow translation
/// context.
class InputSources
{
    Q_DECLARE_TR_FUNCTIONS(ccm::ui::MainWindow)

public:
    /// Asks for files to open (the file dialog by default). Empty: the user cancelled.
    using FileChooser = std::function<QStringList(QWidget* parent, const QString& caption, const QString& folder,
                                                  const QString& filter)>;

    /// An empty chooser restores the file dialog.
    void setFileChooser(FileChooser chooser) { m_chooseFiles = std::move(chooser); }
    QString lastFolder() const { return m_lastFolder; }
    void setLastFolder(const QString& folder) { m_lastFolder = folder; }
    /// The next file dialog starts in the folder of `path`.
    void rememberFolderOf(const QString& path);

    /// "Add files": certificate, chain or key files. Empty: cancelled.
    QStringList chooseFiles(QWidget* parent) const;
    /// The SM2 encryption certificate (or key) file; its folder is remembered. Empty: cancelled.
    QString chooseEncryptionFile(QWidget* parent, bool certificate);

    /// The local files among the URLs of dropped or pasted data (none for null).
    static QStringList localFiles(const QMimeData* mime);

private:
    FileChooser m_chooseFiles;
    QString m_lastFolder;
};

} // namespace ccm::ui
