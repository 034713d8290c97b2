#include "InspectionBanner.h"
#include "StatusBanner.h"

#include "certificate/Inspection.h"
#include "history/ImportHistory.h"

#include <QLocale>

#include <algorithm>

namespace ccm::ui {

namespace {

/// "Imported before: …" from the import history for this leaf; empty when it never was.
QString previousImportNote(const Inspection& inspection, const QString& historyPath)
{
    if (historyPath.isEmpty() || inspection.bundle.leaf.isNull())
        return {};
    const auto earlier = history::lastImportOf(inspection.leafDetails.sha256, historyPath);
    if (!earlier)
        return {};
    return QLatin1Char('\n') + InspectionBanner::tr("Imported before: %1 into \"%2\" as %3.")
                                   .arg(QLocale().toString(earlier->time.toLocalTime(), QLocale::ShortFormat),
                                        earlier->profileName, earlier->certificateId);
}

} // namespace

InspectionBanner::InspectionBanner(StatusBanner& banner)
    : m_banner(banner)
{}

void InspectionBanner::showEmpty()
{
    m_banner.showNoInputs();
    m_errorCodes.clear();
}

void InspectionBanner::show(const Inspection& inspection, const QString& historyPath)
{
    const int errors = int(std::count_if(inspection.findings.cbegin(), inspection.findings.cend(),
                                         [](const Finding& f) { return f.isError(); }));
    if (inspection.payloadReady())
        m_banner.set(tr("Ready to import as \"%1\"").arg(inspection.fields.name) +
                         previousImportNote(inspection, historyPath),
                     StatusBanner::Kind::Ready);
    else
        m_banner.set(tr("Problems to fix before import: %1").arg(std::max(errors, 1)), StatusBanner::Kind::Problem);
    // Errors that were not there before are announced; the same ones again after an edit are not.
    QStringList errorCodes;
    for (const Finding& f : inspection.findings) {
        if (f.isError())
            errorCodes.append(f.code + QLatin1Char('|') + f.source);
    }
    const bool newErrors = std::any_of(errorCodes.cbegin(), errorCodes.cend(),
                                       [this](const QString& code) { return !m_errorCodes.contains(code); });
    m_errorCodes = errorCodes;
    if (newErrors)
        m_banner.announce(true);
}

} // namespace ccm::ui
