#pragma once

#include "application/ImportService.h"

#include <QCoreApplication>
#include <QString>

namespace ccm::application {

/// The wording of an import's outcome, the same for the window's banner and for ccmctl.
struct ImportReportText
{
    bool ok = false; ///< imported, or already there (no error)
    /// Imported / already imported / not imported, then what the lost-answer recovery did, what it renews and
    /// whether the history missed it; lines separated by '\n'.
    QString text;
    QString detail; ///< the error's detail, or the request id of an import (a tool tip in the window)
};

/// Words an ImportReport as plain text (translated; no markup).
ImportReportText describeImportReport(const ImportReport& report);

} // namespace ccm::application
