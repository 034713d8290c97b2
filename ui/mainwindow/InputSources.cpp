#include "InputSources.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace ccm::ui {

namespace {

QString fileFilters()
{
    return InputSources::tr("Certificates and keys (*.pem *.crt *.cer *.der *.key *.p7b *.p7c *.pfx *.p12)") +
           QStringLiteral(";;") + InputSources::tr("All files (*)");
}

} // namespace

void InputSources::rememberFolderOf(const QString& path)
{
    m_lastFolder = QFileInfo(path).absolutePath();
}

QStringList InputSources::chooseFiles(QWidget* parent) const
{
    const QString caption = tr("Add certificate, chain or key files");
    return m_chooseFiles ? m_chooseFiles(parent, caption, m_lastFolder, fileFilters())
                         : QFileDialog::getOpenFileNames(parent, caption, m_lastFolder, fileFilters());
}

QString InputSources::chooseEncryptionFile(QWidget* parent, bool certificate)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, certificate ? tr("Choose the SM2 encryption certificate") : tr("Choose the SM2 encryption key"),
        m_lastFolder, fileFilters());
    if (!path.isEmpty())
        rememberFolderOf(path);
    return path;
}

QStringList InputSources::localFiles(const QMimeData* mime)
{
    QStringList paths;
    if (!mime)
        return paths;
    const auto urls = mime->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace ccm::ui
