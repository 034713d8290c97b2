#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

class QStatusBar;
class QWidget;

namespace ccm {
struct ImportForm;
struct Inspection;
} // namespace ccm

namespace ccm::application {
class AccountService;
class ImportService;
struct ImportReport;
struct RenewalPlan;
} // namespace ccm::application

namespace ccm::ui {

class StatusBanner;

/// The main window's import once it is asked for: starts and cancels it at the ImportService, shows its progress
/// and outcome in the banner and the status bar (worded by application::describeImportReport) and, after an import that
/// renewed older certificates, offers to push the new one where they were pushed and to delete them. Its texts keep
/// the ccm::ui::MainWindow translation context.
class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(ccm::ui::MainWindow)

public:
    /// Asks what to do after an import renewed older certificates (RenewalDialog by default); tests answer it.
    using RenewalAsker = std::function<std::optional<application::RenewalPlan>(
        QWidget* parent, const application::RenewalPlan& proposal)>;
    /// Called when the pushes and deletes of an accepted renewal offer ended; one line per step.
    using RenewalDone = std::function<void(const QStringList& lines, bool allDone)>;

    /// `window` (the dialogs' parent and the callbacks' context), `banner` and `statusBar` must outlive this object.
    ImportRun(QWidget* window, StatusBanner& banner, QStatusBar* statusBar, RenewalDone renewalDone);

    /// The service that performs imports; not owned. Null: imports are only requested, not run here.
    application::ImportService* service() const { return m_service; }
    void setService(application::ImportService* service) { m_service = service; }
    /// The account service for the renewal offer; not owned. Null: no offer.
    application::AccountService* accountService() const { return m_account; }
    void setAccountService(application::AccountService* service) { m_account = service; }
    void setRenewalAsker(RenewalAsker asker) { m_askRenewal = std::move(asker); }

    bool isBusy() const;
    /// Starts the import; false when the service did not start it.
    bool start(const QString& profileId, const Inspection& inspection, const ImportForm& form);
    void cancel();
    /// Asks whether to stop the running import and quit; stops it when the user agrees.
    bool confirmStop();

    /// A step of the running import, in the banner and the status bar.
    void showProgress(const QString& message);
    /// How the import ended: the banner (announced as an alert), its tooltip, the status bar; then the renewal offer.
    void showReport(const application::ImportReport& report);

private:
    void offerRenewal(const application::ImportReport& report);

    QWidget* m_window;
    StatusBanner& m_banner;
    QStatusBar* m_statusBar;
    RenewalDone m_renewalDone;
    application::ImportService* m_service = nullptr;
    application::AccountService* m_account = nullptr;
    RenewalAsker m_askRenewal;
};

} // namespace ccm::ui
