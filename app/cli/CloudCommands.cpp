#include "CloudCommands.h"

#include "AccountCommands.h"
#include "CloudSupport.h"

#include "Console.h"
#include "InspectCommand.h"

#include "application/EmbeddedSandbox.h"
#include "application/ImportService.h"
#include "application/ProfileClient.h"
#include "application/ScmConnectionTester.h"
#include "certificate/Inspection.h"
#include "cloud/ScmClient.h"
#include "history/ImportHistory.h"
#include "profiles/EnvironmentProfile.h"
#include "sandbox/Sandbox.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace ccm::cli {

namespace {

/// `ccmctl import`: validate like inspect, then sign and import.
class ImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override { return CloudTexts::tr("Check certificate files and import them into CCM."); }

    int run(const QStringList& arguments, Console& console) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(CloudTexts::tr(
            "Checks the files like `ccmctl inspect`, refuses to send when there are errors, then signs and "
            "imports the certificate and prints its id.\nCredentials come from --profile or the "
            "environment (CLOUD_SDK_AK/CLOUD_SDK_SK, HUAWEICLOUD_SDK_AK/SK/SECURITY_TOKEN/DOMAIN_ID, "
            "HUAWEICLOUD_SDK_AUTH_TOKEN), never from arguments.\nThe import is sent once: when its answer is "
            "lost (connection dropped, timeout, 502/503/504), ccmctl looks the certificate up and sends it "
            "again only when it did not arrive.\nExit status: 0 imported or already "
            "present, 1 refused by validation, 2 usage, 3 rejected by the service, 4 network or TLS "
            "failure."));
        parser.addHelpOption();
        ConnectionOptions connection;
        connection.addTo(parser, false);
        BundleOptions bundle;
        bundle.addTo(parser);
        const QCommandLineOption allowDuplicate(
            QStringLiteral("allow-duplicate"),
            CloudTexts::tr("Import even when the same certificate is already there."));
        const QCommandLineOption pushLikeRenewed(
            QStringLiteral("push-like-renewed"),
            CloudTexts::tr("After the import, push the new certificate to the services and regions the certificates it "
                           "renews were pushed to (as recorded on this computer)."));
        const QCommandLineOption deleteRenewed(
            QStringLiteral("delete-renewed"),
            CloudTexts::tr(
                "Then delete the certificates it renews (same domains, earlier expiry); only after every push "
                "succeeded, never the new certificate."));
        parser.addOptions({allowDuplicate, pushLikeRenewed, deleteRenewed});
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     CloudTexts::tr("Certificate, chain, key, PFX or PKCS#7 files."),
                                     QStringLiteral("FILE..."));
        int exitCode = ExitOk;
        if (!parse(parser, name(), arguments, console, exitCode))
            return exitCode;
        const bool json = parser.isSet(bundle.json);

        InspectionRequest request;
        std::unique_ptr<CliPassphraseProvider> passphrases;
        if (!bundle.load(parser, console, request, passphrases, exitCode))
            return exitCode;
        Connection conn;
        if (!connect(parser, connection, console, conn, &request.form.enterpriseProjectId))
            return ExitUsage;
        if (parser.isSet(allowDuplicate))
            request.form.duplicateCheck = true;

        const QStringList profileRoots =
            conn.profile.trustRootFile.isEmpty() ? QStringList() : QStringList{conn.profile.trustRootFile};
        const auto trust = bundle.trustStore(parser, console, profileRoots);
        if (!trust)
            return ExitUsage;
        const Inspection inspection = Inspector(Clock::system(), trust).inspect(request, passphrases.get());
        if (inspection.unreadableInput || !inspection.payloadReady()) {
            if (json)
                console.print(QString::fromUtf8(QJsonDocument(inspection.toJson()).toJson(QJsonDocument::Indented)));
            else
                console.error(inspectionText(inspection) + CloudTexts::tr("Nothing was sent."));
            return inspection.unreadableInput ? ExitUsage : ExitRefused;
        }
        cloud::ImportRequest import =
            application::importRequest(inspection, request.form, parser.isSet(allowDuplicate));

        const QString certificateName = import.name;
        cloud::ScmClient client(conn.options);
        // Throttling waits and lost-answer lookups go to standard error, so scripts still read one answer.
        QObject::connect(&client, &cloud::ScmClient::progress, &client,
                         [&console](const QString& message) { console.error(message); });
        auto result = await<cloud::ImportResult>(
            [&](QObject* context, auto done) { client.importCertificate(std::move(import), context, done); });
        recordImport(inspection, certificateName, conn.profile, conn.options.endpoint.scm, result, console);
        if (!result)
            return failure(console, result.error(), json);
        QJsonObject renewal;
        int renewalStatus = ExitOk;
        if (result->duplicateOf.isEmpty()) {
            RenewalSteps steps;
            steps.certificateId = result->certificateId;
            steps.certificateName = certificateName;
            steps.domains = inspection.leafDetails.domainNames();
            steps.notAfter = inspection.leafDetails.notAfter;
            steps.pushLikeRenewed = parser.isSet(pushLikeRenewed);
            steps.deleteRenewed = parser.isSet(deleteRenewed);
            renewalStatus = followRenewal(client, conn, steps, renewal, console); // printed with the result below
        }
        if (json) {
            QJsonObject o{{QStringLiteral("certificate_id"), result->certificateId},
                          {QStringLiteral("request_id"), result->requestId}};
            if (!result->duplicateOf.isEmpty())
                o.insert(QStringLiteral("duplicate_of"), result->duplicateOf);
            o.insert(QStringLiteral("name"), certificateName);
            // How it went: found again after a lost answer, and how many import requests went out.
            o.insert(QStringLiteral("recovered"), result->recovered);
            o.insert(QStringLiteral("attempts"), result->posts);
            for (auto it = renewal.constBegin(); it != renewal.constEnd(); ++it)
                o.insert(it.key(), it.value());
            console.print(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        } else if (!result->duplicateOf.isEmpty()) {
            console.println(CloudTexts::tr("Already imported as %1; nothing was sent (use --allow-duplicate to import "
                                           "another copy).")
                                .arg(result->duplicateOf));
        } else {
            console.println(CloudTexts::tr("Imported \"%1\" as %2.").arg(certificateName, result->certificateId));
            if (result->recovered)
                console.println(
                    CloudTexts::tr("The answer was lost on the way; the certificate was found in the account, "
                                   "so it was not sent again."));
            for (const auto& value : renewal.value(QLatin1String("renews")).toArray()) {
                const QJsonObject old = value.toObject();
                console.println(CloudTexts::tr("This renews %1 (\"%2\", expires %3).")
                                    .arg(old.value(QLatin1String("id")).toString(),
                                         old.value(QLatin1String("name")).toString(),
                                         old.value(QLatin1String("expire_time")).toString()));
            }
            for (const auto& value : renewal.value(QLatin1String("pushed")).toArray()) {
                const QJsonObject push = value.toObject();
                QStringList projects;
                for (const auto& project : push.value(QLatin1String("projects")).toArray())
                    projects << project.toString();
                console.println(CloudTexts::tr("Pushed %1 to %2 in %3.")
                                    .arg(result->certificateId, push.value(QLatin1String("service")).toString(),
                                         projects.join(QStringLiteral(", "))));
            }
            for (const auto& value : renewal.value(QLatin1String("deleted")).toArray())
                console.println(CloudTexts::tr("Deleted %1.").arg(value.toString()));
        }
        return renewalStatus;
    }
};

/// `ccmctl list`
class ListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return CloudTexts::tr("List the certificates in CCM."); }

    int run(const QStringList& arguments, Console& console) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(CloudTexts::tr("Lists the certificates of the account, every page."));
        parser.addHelpOption();
        ConnectionOptions connection;
        connection.addTo(parser, true);
        const QCommandLineOption content(QStringLiteral("content"),
                                         CloudTexts::tr("Only names or domains containing TEXT."),
                                         QStringLiteral("TEXT"));
        parser.addOption(content);
        int exitCode = ExitOk;
        if (!parse(parser, name(), arguments, console, exitCode))
            return exitCode;
        const bool json = parser.isSet(QStringLiteral("json"));
        Connection conn;
        if (!connect(parser, connection, console, conn))
            return ExitUsage;
        cloud::ScmClient client(conn.options);
        cloud::ListQuery query;
        query.content = parser.value(content);
        auto listed =
            await<cloud::CertificateList>([&](QObject* context, auto done) { client.listAll(query, context, done); });
        if (!listed)
            return failure(console, listed.error(), json);
        const QList<QJsonObject>& all = listed->certificates;
        if (!listed->complete) {
            console.error(
                CloudTexts::tr("Warning: the account holds %1 matching certificates, more than the API's paging "
                               "reaches (%2 shown). Narrow the list with --content.")
                    .arg(listed->totalCount)
                    .arg(all.size()));
        }
        if (json) {
            QJsonArray array;
            for (const auto& c : all)
                array.append(c);
            console.print(
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("certificates"), array},
                                                            {QStringLiteral("total_count"), listed->totalCount},
                                                            {QStringLiteral("complete"), listed->complete}})
                                      .toJson(QJsonDocument::Indented)));
            return ExitOk;
        }
        if (all.isEmpty()) {
            console.println(CloudTexts::tr("No certificates."));
            return ExitOk;
        }
        for (const auto& c : all) {
            console.println(QStringLiteral("%1  %2  %3  %4  %5")
                                .arg(c.value(QLatin1String("id")).toString(),
                                     c.value(QLatin1String("name")).toString().leftJustified(24),
                                     c.value(QLatin1String("domain")).toString().leftJustified(24),
                                     c.value(QLatin1String("expire_time")).toString(),
                                     c.value(QLatin1String("status")).toString()));
        }
        return ExitOk;
    }
};

/// `ccmctl delete ID`
class DeleteCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("delete"); }
    QString summary() const override { return CloudTexts::tr("Delete a certificate from CCM by id."); }

    int run(const QStringList& arguments, Console& console) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(CloudTexts::tr("Deletes the certificate with the given id (scs…)."));
        parser.addHelpOption();
        ConnectionOptions connection;
        connection.addTo(parser, true);
        parser.addPositionalArgument(QStringLiteral("ID"), CloudTexts::tr("Certificate id."));
        int exitCode = ExitOk;
        if (!parse(parser, name(), arguments, console, exitCode))
            return exitCode;
        const bool json = parser.isSet(QStringLiteral("json"));
        if (parser.positionalArguments().size() != 1) {
            console.error(CloudTexts::tr("Give exactly one certificate id. See `ccmctl delete --help`."));
            return ExitUsage;
        }
        const QString id = parser.positionalArguments().first();
        Connection conn;
        if (!connect(parser, connection, console, conn))
            return ExitUsage;
        cloud::ScmClient client(conn.options);
        auto result = await<QString>([&](QObject* context, auto done) { client.deleteCertificate(id, context, done); });
        recordActivity(application::activityRecord(history::Action::Delete, conn.profile, conn.options.endpoint.scm, id,
                                                   {}, {}, result),
                       console);
        if (!result)
            return failure(console, result.error(), json);
        if (json)
            console.print(QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("deleted"), id}, {QStringLiteral("request_id"), *result}})
                    .toJson(QJsonDocument::Indented)));
        else
            console.println(CloudTexts::tr("Deleted %1.").arg(id));
        return ExitOk;
    }
};

} // namespace

void appendCloudCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    // ccmctl's composition: `ccmctl profile test` connects through the real client (the GUI calls the same installer).
    application::installScmConnectionTester(application::defaultStateFile());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ListCommand>());
    commands.push_back(std::make_unique<DeleteCommand>());
    appendAccountCommands(commands);
}

} // namespace ccm::cli
