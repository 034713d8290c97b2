#include "application/ImportReportText.h"

#include <QTest>

using namespace ccm;
using namespace ccm::cloud;
using namespace ccm::application;

Q_DECLARE_METATYPE(ccm::application::ImportReport)

namespace {

ImportReport imported()
{
    ImportReport report;
    report.profileName = QStringLiteral("Production");
    report.certificateName = QStringLiteral("www-example-com");
    report.result.certificateId = QStringLiteral("scs1554192131150");
    report.result.requestId = QStringLiteral("req-1");
    report.result.posts = 1;
    return report;
}

} // namespace

/// The wording of an import's outcome (application::describeImportReport), shared by the window and ccmctl.
class TestImportReportText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describes_data();
    void describes();
};

void TestImportReportText::describes_data()
{
    QTest::addColumn<ImportReport>("report");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("detail");

    const QString importedLine =
        QStringLiteral("Imported \"www-example-com\" into \"Production\" as scs1554192131150.");
    QTest::addRow("imported") << imported() << true << importedLine << QStringLiteral("Request ID: req-1");

    ImportReport noRequestId = imported();
    noRequestId.result.requestId.clear();
    QTest::addRow("imported, no request id") << noRequestId << true << importedLine << QString();

    ImportReport recovered = imported();
    recovered.result.recovered = true;
    QTest::addRow("lost answer, found in the account")
        << recovered << true
        << importedLine + QStringLiteral(" The answer was lost on the way; the certificate was found in the account, "
                                         "so it was not sent again.")
        << QStringLiteral("Request ID: req-1");

    ImportReport resent = imported();
    resent.result.posts = 2;
    QTest::addRow("lost answer, sent again")
        << resent << true
        << importedLine + QStringLiteral(" An earlier answer was lost and the certificate had not arrived, so it was "
                                         "sent once more; the account holds one copy.")
        << QStringLiteral("Request ID: req-1");

    ImportReport duplicate = imported();
    duplicate.result = {};
    duplicate.result.duplicateOf = QStringLiteral("scs0000000000001");
    QTest::addRow("already imported")
        << duplicate << true
        << QStringLiteral("Already imported as scs0000000000001 in \"Production\"; nothing was sent. Tick \"Allow "
                          "duplicate upload\" to import another copy.")
        << QString();

    ImportReport renews = imported();
    renews.renews = {{QStringLiteral("scs1"), QStringLiteral("old-a"), QStringLiteral("2026-01-01 00:00:00.0"), {}},
                     {QStringLiteral("scs2"), QStringLiteral("old-b"), QStringLiteral("2026-02-01 00:00:00.0"), {}}};
    renews.renewsUnknown = QStringLiteral("ignored when the list is known");
    QTest::addRow("renews")
        << renews << true
        << importedLine +
               QStringLiteral("\nIt renews: old-a (scs1, expires 2026-01-01); old-b (scs2, expires 2026-02-01)")
        << QStringLiteral("Request ID: req-1");

    ImportReport unknown = imported();
    unknown.renewsUnknown = QStringLiteral("the list could not be read");
    QTest::addRow("renewals unknown")
        << unknown << true
        << importedLine + QStringLiteral("\nWhether it renews other certificates is not known: the list could not "
                                         "be read")
        << QStringLiteral("Request ID: req-1");

    ImportReport noHistory = imported();
    noHistory.historyWarning = QStringLiteral("disk full");
    QTest::addRow("not in the history") << noHistory << true
                                        << importedLine +
                                               QStringLiteral("\nIt was not added to the import history: disk full")
                                        << QStringLiteral("Request ID: req-1");

    ImportReport failed = imported();
    failed.error = Error{QStringLiteral("SCM.0014"), QStringLiteral("key does not match"), QStringLiteral("row 3")};
    failed.renews = renews.renews; // never worded after an error
    failed.historyWarning = QStringLiteral("disk full");
    QTest::addRow("error with detail")
        << failed << false
        << QStringLiteral("Not imported: key does not match\nrow 3\nIt was not added to the import history: disk full")
        << QStringLiteral("row 3");

    ImportReport bare = imported();
    bare.error = Error{QStringLiteral("cloud.network"), QStringLiteral("no route"), {}};
    QTest::addRow("error without detail") << bare << false << QStringLiteral("Not imported: no route") << QString();
}

void TestImportReportText::describes()
{
    QFETCH(ImportReport, report);
    QFETCH(bool, ok);
    QFETCH(QString, text);
    QFETCH(QString, detail);
    const ImportReportText wording = describeImportReport(report);
    QCOMPARE(wording.ok, ok);
    QCOMPARE(wording.text, text);
    QCOMPARE(wording.detail, detail);
}

QTEST_GUILESS_MAIN(TestImportReportText)
#include "TestImportReportText.moc"
