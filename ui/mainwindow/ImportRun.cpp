#include "ImportRun.h"
#include "StatusBanner.h"

#include "ui/certificates/RenewalDialog.h"
#include "ui/common/PlainText.h"

#include "application/AccountService.h"
#include "application/ImportReportText.h"
#include "application/ImportService.h"

#include <QMessageBox>
#include <QStatusBar>

namespace ccm::ui {

ImportRun::ImportRun(QWidget* window, StatusBanner& banner, QStatusBar* statusBar, RenewalDone renewalDone)
    : m_window(window)
    , m_banner(banner)
    , m_statusBar(statusBar)
    , m_renewalDone(std::move(renewalDone))
{}

bool ImportRun::isBusy() const
{
    return m_service && m_service->isBusy();
}

bool ImportRun::start(const QString& profileId, const Inspection& inspection, const ImportForm& form)
{
    return m_service->start(profileId, inspection, form, *form.duplicateCheck);
}

void ImportRun::cancel()
{
    if (m_service)
        m_service->cancel();
}

bool ImportRun::confirmStop()
{
    const auto answer = QMessageBox::question(
        m_window, tr("Import in progress"),
        tr("An import is still running. Stop it and quit?\n\nIf the request has already reached the service, "
           "the certificate may be imported anyway; importing again later finds that copy instead of adding "
           "another."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    m_service->cancel();
    return true;
}

void ImportRun::showProgress(const QString& message)
{
    m_banner.set(message, StatusBanner::Kind::Neutral);
    m_statusBar->showMessage(message);
}

void ImportRun::showReport(const application::ImportReport& report)
{
    const application::ImportReportText wording = application::describeImportReport(report);
    const bool ok = wording.ok;
    m_banner.set(wording.text, ok ? StatusBanner::Kind::Ready : StatusBanner::Kind::Problem);
    m_banner.setToolTip(plainToolTip(wording.detail));
    m_banner.announce(true);
    m_statusBar->showMessage(ok ? tr("Import finished.") : tr("Import failed."), 10000);
    if (ok && !report.renews.isEmpty() && m_account) {
        // After the banner is shown: the offer is a dialog of its own.
        QMetaObject::invokeMethod(
            m_window, [this, report] { offerRenewal(report); }, Qt::QueuedConnection);
    }
}

void ImportRun::offerRenewal(const application::ImportReport& report)
{
    if (!m_account || report.error || report.renews.isEmpty())
        return;
    application::RenewalPlan proposal;
    proposal.certificateId = report.result.certificateId;
    proposal.certificateName = report.certificateName;
    proposal.renewed = report.renews;
    proposal.pushes = m_account->previousPushTargets(report.renews);
    std::optional<application::RenewalPlan> plan;
    if (m_askRenewal) {
        plan = m_askRenewal(m_window, proposal);
    } else {
        RenewalDialog dialog(proposal, m_window);
        if (dialog.exec() == QDialog::Accepted)
            plan = dialog.plan();
    }
    if (!plan || (plan->pushes.isEmpty() && !plan->deleteRenewed))
        return;
    m_statusBar->showMessage(tr("Carrying out the renewal…"));
    m_account->applyRenewal(report.profileId, *plan, m_window, [this](const QStringList& lines, bool allDone) {
        m_banner.set(m_banner.text() + QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
                     allDone ? StatusBanner::Kind::Ready : StatusBanner::Kind::Problem);
        m_banner.announce(true);
        m_statusBar->showMessage(allDone ? tr("Renewal finished.") : tr("Renewal finished with problems."), 10000);
        m_renewalDone(lines, allDone);
    });
}

} // namespace ccm::ui
