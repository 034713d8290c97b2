#include "WindowDialogs.h"

#include "ui/certificates/CertificatesWindow.h"
#include "ui/help/HelpDialog.h"
#include "ui/history/HistoryDialog.h"
#include "ui/profiles/ProfilesDialog.h"

#include "common/Version.h"

#include <QMessageBox>

namespace ccm::ui {

WindowDialogs::WindowDialogs(QWidget* window)
    : m_window(window)
{}

void WindowDialogs::setProfileManager(profiles::ProfileManager* manager, profiles::SessionSecretStore* session)
{
    m_profileManager = manager;
    m_sessionSecrets = session;
}

void WindowDialogs::showProfiles(const QString& selected, const std::function<void()>& changed)
{
    if (!m_profileManager)
        return;
    ProfilesDialog dialog(*m_profileManager, m_sessionSecrets, m_window);
    dialog.selectProfile(selected);
    QObject::connect(&dialog, &ProfilesDialog::profilesChanged, m_window, changed);
    dialog.exec();
}

void WindowDialogs::showHistory()
{
    if (m_historyPath.isEmpty())
        return;
    HistoryDialog dialog(m_historyPath, m_window);
    dialog.exec();
}

CertificatesWindow* WindowDialogs::showCertificates(application::AccountService& account, const QString& profileId)
{
    if (m_certificates && m_certificates->property("profileId").toString() == profileId) {
        m_certificates->raise();
        m_certificates->activateWindow();
        return m_certificates;
    }
    if (m_certificates)
        m_certificates->close();
    auto* window = new CertificatesWindow(account, profileId, m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setProperty("profileId", profileId);
    m_certificates = window;
    window->show();
    return window;
}

void WindowDialogs::showHelp(const QList<QAction*>& actions)
{
    HelpDialog dialog(actions, m_window);
    dialog.exec();
}

void WindowDialogs::showAbout()
{
    QMessageBox::about(m_window, tr("About CCM Importer"),
                       tr("CCM Importer %1\nImports TLS certificates into Huawei Cloud Certificate Manager.\n\n"
                          "Certificates are checked on this computer before anything is sent.")
                           .arg(versionString()));
}

} // namespace ccm::ui
