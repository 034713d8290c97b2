#include "CloudCommands.h"

#include "Console.h"
#include "InspectCommand.h"

#include "certificate/Inspection.h"
#include "cloud/ImportService.h"
#include "cloud/ProfileClient.h"
#include "cloud/ScmClient.h"
#include "cloud/ScmConnectionTester.h"
#include "history/ImportHistory.h"
#include "profiles/EnvironmentProfile.h"
#include "sandbox/EmbeddedSandbox.h"
#include "sandbox/Sandbox.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace ccm::cli {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ccm::cli::CloudCommands)
};

ProfileResolver& profileResolver()
{
    static ProfileResolver resolver = [](const QString& name) { return profiles::resolveProfile(name); };
    return resolver;
}

/// Options every cloud command shares: where to connect and how to print.
struct ConnectionOptions
{
    QCommandLineOption profile{QStringLiteral("profile"), Texts::tr("Use the saved profile NAME."),
                               QStringLiteral("NAME")};
    QCommandLineOption endpoint{QStringLiteral("endpoint"),
                                Texts::tr("SCM endpoint URL (https, or http on 127.0.0.1)."), QStringLiteral("URL")};
    QCommandLineOption iamEndpoint{QStringLiteral("iam-endpoint"), Texts::tr("IAM endpoint URL."),
                                   QStringLiteral("URL")};
    QCommandLineOption region{QStringLiteral("region"),
                              Texts::tr("Region id, e.g. ap-southeast-1, cn-north-4, eu-west-101."),
                              QStringLiteral("ID")};
    QCommandLineOption domainId{QStringLiteral("domain-id"), Texts::tr("Account (domain) id sent as X-Domain-Id."),
                                QStringLiteral("ID")};
    QCommandLineOption caFile{QStringLiteral("ca-file"),
                              Texts::tr("Extra CA certificates (PEM) to trust for the endpoint."),
                              QStringLiteral("FILE")};

    QCommandLineOption timeout{QStringLiteral("timeout"),
                               Texts::tr("Give up on a call after SECONDS without an answer (default 30)."),
                               QStringLiteral("SECONDS"), QStringLiteral("30")};

    void addTo(QCommandLineParser& parser, bool withJson)
    {
        parser.addOptions({profile, endpoint, iamEndpoint, region, domainId, caFile, timeout});
        if (withJson)
            parser.addOption(QCommandLineOption(QStringLiteral("json"), Texts::tr("Print JSON.")));
    }
};

/// A connection made ready: the client options, and the profile it came from (none for the environment).
struct Connection
{
    cloud::ScmClient::Options options;
    profiles::Profile profile;
};

/// Adds an import attempt that reached the network (imported, existing copy found, rejected or failed) to the
/// import ledger, as the application does. A ledger that cannot be written only earns a warning.
void recordImport(const Inspection& inspection, const QString& name, const profiles::Profile& profile,
                  const QUrl& endpoint, const Result<cloud::ImportResult>& result, Console& console)
{
    const Error* error = result ? nullptr : &result.error();
    const cloud::ImportResult* imported = result ? &*result : nullptr;
    const Status recorded =
        history::appendToHistory(cloud::importRecord(inspection, name, profile, endpoint, imported, error));
    if (!recorded)
        console.error(Texts::tr("Warning: the import was not added to the history: %1").arg(recorded.error().message));
}

/// Builds the connection from --profile or the options and environment; prints why not and returns false.
bool connect(const QCommandLineParser& parser, const ConnectionOptions& o, Console& console, Connection& out,
             QString* enterpriseProjectId = nullptr)
{
    QString regionId = parser.value(o.region);
    QUrl scm = parser.isSet(o.endpoint) ? QUrl(parser.value(o.endpoint), QUrl::StrictMode) : QUrl();
    QUrl iam = parser.isSet(o.iamEndpoint) ? QUrl(parser.value(o.iamEndpoint), QUrl::StrictMode) : QUrl();
    QString caFile = parser.value(o.caFile);
    cloud::Credentials credentials;
    if (parser.isSet(o.profile)) {
        auto resolved = profileResolver()(parser.value(o.profile));
        if (!resolved) {
            console.error(resolved.error().message);
            return false;
        }
        out.profile = resolved->profile;
        if (resolved->isSandbox) {
            // The application's built-in sandbox with its certificates (one state file): imports, lists and
            // deletes agree between the window and ccmctl.
            auto running = sandbox::embeddedSandbox(sandbox::defaultStateFile());
            auto options = running ? cloud::clientOptions(*resolved, *running)
                                   : Result<cloud::ScmClient::Options>(running.error());
            if (!options) {
                console.error(options.error().message);
                return false;
            }
            scm = options->endpoint.scm;
            iam = options->endpoint.iam;
            credentials = std::move(options->credentials);
        } else {
            if (regionId.isEmpty())
                regionId = resolved->regionId;
            if (scm.isEmpty())
                scm = resolved->scmEndpoint;
            if (iam.isEmpty())
                iam = resolved->iamEndpoint;
            if (caFile.isEmpty())
                caFile = resolved->caFile;
            credentials = resolved->credentials;
        }
        if (enterpriseProjectId && enterpriseProjectId->isEmpty())
            *enterpriseProjectId = resolved->enterpriseProjectId;
    } else {
        // The vendor SDKs' variables, read as for the application's "Environment" profile.
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const auto fromEnvironment = profiles::environmentProfile(environment);
        if (!fromEnvironment) {
            console.error(Texts::tr("No credentials: set CLOUD_SDK_AK and CLOUD_SDK_SK (or HUAWEICLOUD_SDK_AK, "
                                    "HUAWEICLOUD_SDK_SK and optionally HUAWEICLOUD_SDK_SECURITY_TOKEN), or "
                                    "HUAWEICLOUD_SDK_AUTH_TOKEN, or use --profile. Keys are never taken from "
                                    "arguments."));
            return false;
        }
        credentials = profiles::environmentCredentials(environment);
        out.profile = *fromEnvironment;
        if (regionId.isEmpty() && scm.isEmpty())
            regionId = fromEnvironment->regionId;
        if (iam.isEmpty())
            iam = fromEnvironment->iamEndpoint;
    }
    if (parser.isSet(o.domainId))
        credentials.domainId = parser.value(o.domainId);
    bool secondsOk = false;
    const int seconds = parser.value(o.timeout).toInt(&secondsOk);
    if (!secondsOk || seconds < 1 || seconds > 3600) {
        console.error(
            Texts::tr("--timeout takes a number of seconds from 1 to 3600, not \"%1\".").arg(parser.value(o.timeout)));
        return false;
    }
    out.options.timeoutMs = seconds * 1000;
    auto endpoint = cloud::resolveEndpoint(regionId, scm, iam, caFile);
    if (!endpoint) {
        console.error(endpoint.error().message);
        return false;
    }
    out.options.endpoint = *endpoint;
    out.options.credentials = std::move(credentials);
    out.profile.regionId = scm.isEmpty() ? regionId : QString(); // as used, for the history
    return true;
}

/// Runs a client call to its end on this (the CLI's) thread; the client itself stays asynchronous.
template<typename T, typename Start>
Result<T> await(Start start)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    QObject context;
    start(&context, [&out, &loop](Result<T> value) {
        out.emplace(std::move(value));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

int failure(Console& console, const Error& error, bool json)
{
    if (json) {
        console.print(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), error.code},
                                                                  {QStringLiteral("message"), error.message},
                                                                  {QStringLiteral("detail"), error.detail}})
                                            .toJson(QJsonDocument::Indented)));
    }
    console.error(error.detail.isEmpty() ? error.message : error.message + QLatin1String("\n  ") + error.detail);
    return cloud::isNetworkError(error) ? ExitNetwork : ExitRejected;
}

bool parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments, Console& console,
           int& exitCode)
{
    if (!parser.parse(QStringList{QStringLiteral("ccmctl ") + command} + arguments)) {
        console.error(parser.errorText() + QLatin1Char('\n') + Texts::tr("See `ccmctl %1 --help`.").arg(command));
        exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        console.print(commandHelp(parser, command));
        exitCode = ExitOk;
        return false;
    }
    return true;
}

/// `ccmctl import`: validate like inspect, then sign and import.
class ImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override { return Texts::tr("Check certificate files and import them into CCM."); }

    int run(const QStringList& arguments, Console& console) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            Texts::tr("Checks the files like `ccmctl inspect`, refuses to send when there are errors, then signs and "
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
        const QCommandLineOption allowDuplicate(QStringLiteral("allow-duplicate"),
                                                Texts::tr("Import even when the same certificate is already there."));
        parser.addOption(allowDuplicate);
        parser.addPositionalArgument(QStringLiteral("FILE"), Texts::tr("Certificate, chain, key, PFX or PKCS#7 files."),
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
                console.error(inspectionText(inspection) + Texts::tr("Nothing was sent."));
            return inspection.unreadableInput ? ExitUsage : ExitRefused;
        }
        cloud::ImportRequest import = cloud::importRequest(inspection, request.form, parser.isSet(allowDuplicate));

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
        if (json) {
            QJsonObject o{{QStringLiteral("certificate_id"), result->certificateId},
                          {QStringLiteral("request_id"), result->requestId}};
            if (!result->duplicateOf.isEmpty())
                o.insert(QStringLiteral("duplicate_of"), result->duplicateOf);
            o.insert(QStringLiteral("name"), certificateName);
            // How it went: found again after a lost answer, and how many import requests went out.
            o.insert(QStringLiteral("recovered"), result->recovered);
            o.insert(QStringLiteral("attempts"), result->posts);
            console.print(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        } else if (!result->duplicateOf.isEmpty()) {
            console.println(Texts::tr("Already imported as %1; nothing was sent (use --allow-duplicate to import "
                                      "another copy).")
                                .arg(result->duplicateOf));
        } else {
            console.println(Texts::tr("Imported \"%1\" as %2.").arg(certificateName, result->certificateId));
            if (result->recovered)
                console.println(Texts::tr("The answer was lost on the way; the certificate was found in the account, "
                                          "so it was not sent again."));
        }
        return ExitOk;
    }
};

/// `ccmctl list`
class ListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return Texts::tr("List the certificates in CCM."); }

    int run(const QStringList& arguments, Console& console) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(Texts::tr("Lists the certificates of the account, every page."));
        parser.addHelpOption();
        ConnectionOptions connection;
        connection.addTo(parser, true);
        const QCommandLineOption content(QStringLiteral("content"), Texts::tr("Only names or domains containing TEXT."),
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
            console.error(Texts::tr("Warning: the account holds %1 matching certificates, more than the API's paging "
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
            console.println(Texts::tr("No certificates."));
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
    QString summary() const override { return Texts::tr("Delete a certificate from CCM by id."); }

    int run(const QStringList& arguments, Console& console) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(Texts::tr("Deletes the certificate with the given id (scs…)."));
        parser.addHelpOption();
        ConnectionOptions connection;
        connection.addTo(parser, true);
        parser.addPositionalArgument(QStringLiteral("ID"), Texts::tr("Certificate id."));
        int exitCode = ExitOk;
        if (!parse(parser, name(), arguments, console, exitCode))
            return exitCode;
        const bool json = parser.isSet(QStringLiteral("json"));
        if (parser.positionalArguments().size() != 1) {
            console.error(Texts::tr("Give exactly one certificate id. See `ccmctl delete --help`."));
            return ExitUsage;
        }
        const QString id = parser.positionalArguments().first();
        Connection conn;
        if (!connect(parser, connection, console, conn))
            return ExitUsage;
        cloud::ScmClient client(conn.options);
        auto result = await<QString>([&](QObject* context, auto done) { client.deleteCertificate(id, context, done); });
        if (!result)
            return failure(console, result.error(), json);
        if (json)
            console.print(QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("deleted"), id}, {QStringLiteral("request_id"), *result}})
                    .toJson(QJsonDocument::Indented)));
        else
            console.println(Texts::tr("Deleted %1.").arg(id));
        return ExitOk;
    }
};

} // namespace

void setProfileResolver(ProfileResolver resolver)
{
    profileResolver() = std::move(resolver);
}

void appendCloudCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    // ccmctl's composition: `ccmctl profile test` connects through the real client (the GUI calls the same installer).
    cloud::installScmConnectionTester(sandbox::defaultStateFile());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ListCommand>());
    commands.push_back(std::make_unique<DeleteCommand>());
}

} // namespace ccm::cli
