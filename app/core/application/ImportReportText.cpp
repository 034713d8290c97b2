#include "application/ImportReportText.h"

#include <QStringList>

namespace ccm::application {

using namespace cloud;

namespace {

// The translation context of the report's texts.
class ImportReportWording
{
    Q_DECLARE_TR_FUNCTIONS(ccm::application::ImportReportText)

public:
    static ImportReportText describe(const ImportReport& report);
};

ImportReportText ImportReportWording::describe(const ImportReport& report)
{
    ImportReportText out;
    QString& text = out.text;
    QString& tip = out.detail;
    const bool ok = !report.error.has_value();
    out.ok = ok;
    if (!ok) {
        const Error& error = *report.error;
        text = tr("Not imported: %1").arg(error.message);
        tip = error.detail;
        if (!error.detail.isEmpty())
            text += QLatin1Char('\n') + error.detail;
    } else if (!report.result.duplicateOf.isEmpty()) {
        text = tr("Already imported as %1 in \"%2\"; nothing was sent. Tick \"Allow duplicate upload\" to import "
                  "another copy.")
                   .arg(report.result.duplicateOf, report.profileName);
    } else {
        text = tr("Imported \"%1\" into \"%2\" as %3.")
                   .arg(report.certificateName, report.profileName, report.result.certificateId);
        if (report.result.recovered)
            text += QLatin1Char(' ') + tr("The answer was lost on the way; the certificate was found in the account, "
                                          "so it was not sent again.");
        else if (report.result.posts > 1)
            text += QLatin1Char(' ') + tr("An earlier answer was lost and the certificate had not arrived, so it was "
                                          "sent once more; the account holds one copy.");
        if (!report.result.requestId.isEmpty())
            tip = tr("Request ID: %1").arg(report.result.requestId);
    }
    if (ok && !report.renews.isEmpty()) {
        QStringList renewed;
        for (const RenewedCertificate& old : report.renews)
            renewed.append(tr("%1 (%2, expires %3)").arg(old.name, old.id, old.expireTime.left(10)));
        text += QLatin1Char('\n') + tr("It renews: %1").arg(renewed.join(QStringLiteral("; ")));
    } else if (ok && !report.renewsUnknown.isEmpty()) {
        text +=
            QLatin1Char('\n') + tr("Whether it renews other certificates is not known: %1").arg(report.renewsUnknown);
    }
    if (!report.historyWarning.isEmpty())
        text += QLatin1Char('\n') + tr("It was not added to the import history: %1").arg(report.historyWarning);
    return out;
}

} // namespace

ImportReportText describeImportReport(const ImportReport& report)
{
    return ImportReportWording::describe(report);
}

} // namespace ccm::application
