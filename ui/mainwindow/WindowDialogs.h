#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace ccm::profiles {
class ProfileManager;
class SessionSecretStore;
} // namespace ccm::profiles

namespace ccm::application {
class AccountService;
}

namespace ccm::ui {

class CertificatesWindow;

/// The windows the main window's Account and Help menus open: the profiles dialog, the import history, the
/// certificates window of a profile (one at a time), the help and About. Its texts keep the ccm::ui::MainWindow
/// translation context.
class WindowDialogs
{
    Q_DECLARE_TR_FUNCTIONS(ccm::ui::MainWindow)

public:
    /// `window` (the dialogs' parent) must outlive this object.
    explicit WindowDialogs(QWidget* window);

    /// For the profiles dialog; not owned. `session` may be null.
    void setProfileManager(profiles::ProfileManager* manager, profiles::SessionSecretStore* session);
    profiles::ProfileManager* profileManager() const { return m_profileManager; }
    /// The import history's ledger; empty: there is none.
    void setHistoryPath(const QString& path) { m_historyPath = path; }
    QString historyPath() const { return m_historyPath; }

    /// The profiles dialog with `selected` selected; `changed` runs whenever it changed the profiles.
    void showProfiles(const QString& selected, const std::function<void()>& changed);
    void showHistory();
    /// The certificates window of this profile: the open one when it shows this profile, else a new one (the other
    /// closes).
    CertificatesWindow* showCertificates(application::AccountService& account, const QString& profileId);
    void showHelp(const QList<QAction*>& actions);
    void showAbout();

private:
    QWidget* m_window;
    profiles::ProfileManager* m_profileManager = nullptr;
    profiles::SessionSecretStore* m_sessionSecrets = nullptr;
    QString m_historyPath;
    QPointer<CertificatesWindow> m_certificates;
};

} // namespace ccm::ui
