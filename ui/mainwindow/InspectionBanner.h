#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ccm {
struct Inspection;
}

namespace ccm::ui {

class StatusBanner;

/// What the banner says about the inputs' inspection: how to add inputs, "Ready to import as …" (with when the
/// certificate was imported before, from the import history) or how many problems to fix. Errors that were not
/// there before are announced as an alert; the same ones again after an edit are not. Its texts keep the
/// ccm::ui::MainWindow translation context.
class InspectionBanner
{
    Q_DECLARE_TR_FUNCTIONS(ccm::ui::MainWindow)

public:
    /// `banner` must outlive this object.
    explicit InspectionBanner(StatusBanner& banner);

    /// No inputs: how to add them. Forgets the errors seen.
    void showEmpty();
    /// The outcome of an inspection; `historyPath` (may be empty) is the import history to look the leaf up in.
    void show(const Inspection& inspection, const QString& historyPath);

private:
    StatusBanner& m_banner;
    QStringList m_errorCodes; ///< error findings of the shown inspection, to announce only new ones
};

} // namespace ccm::ui
