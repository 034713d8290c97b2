#include "CloudSupport.h"

#include "Console.h"

#include "application/EmbeddedSandbox.h"
#include "application/ImportService.h"
#include "application/ProfileClient.h"
#include "profiles/EnvironmentProfile.h"
#include "sandbox/Sandbox.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace ccm::cli {

void ConnectionOptions::addTo(QCommandLineParser& parser, bool withJson)
{
    parser.addOptions({profile, endpoint, iamEndpoint, region, domainId, caFile, timeout});
    if (withJson)
        parser.addOption(QCommandLineOption(QStringLiteral("json"), CloudTexts::tr("Print JSON.")));
}

/// Adds an import attempt that reached the network (imported, existing copy found, rejected or failed) to the
/// import ledger, as the application does. A ledger that cannot be written only earns a warning.
void recordImport(const Inspection& inspection, const QString& name, const profiles::Profile& profile,
                  const QUrl& endpoint, const Result<cloud::ImportResult>& result, Console& console)
{
    const Error* error = result ? nullptr : &result.error();
    const cloud::ImportResult* imported = result ? &*result : nullptr;
    const Status recorded =
        history::appendToHistory(application::importRecord(inspection, name, profile, endpoint, imported, error));
    if (!recorded)
        console.error(
            CloudTexts::tr("Warning: the import was not added to the history: %1").arg(recorded.error().message));
}

/// Builds the connection from --profile or the options and environment; prints why not and returns false.
bool connect(const QCommandLineParser& parser, const ConnectionOptions& o, Console& console, Connection& out,
             QString* enterpriseProjectId)
{
    QString regionId = parser.value(o.region);
    QUrl scm = parser.isSet(o.endpoint) ? QUrl(parser.value(o.endpoint), QUrl::StrictMode) : QUrl();
    QUrl iam = parser.isSet(o.iamEndpoint) ? QUrl(parser.value(o.iamEndpoint), QUrl::StrictMode) : QUrl();
    QString caFile = parser.value(o.caFile);
    cloud::Credentials credentials;
    if (parser.isSet(o.profile)) {
        auto resolved = profiles::resolveProfile(parser.value(o.profile));
        if (!resolved) {
            console.error(resolved.error().message);
            return false;
        }
        out.profile = resolved->profile;
        if (resolved->isSandbox) {
            // The application's built-in sandbox with its certificates (one state file): imports, lists and
            // deletes agree between the window and ccmctl.
            auto running = application::embeddedSandbox(application::defaultStateFile());
            auto options = running ? application::clientOptions(*resolved, *running)
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
            console.error(CloudTexts::tr("No credentials: set CLOUD_SDK_AK and CLOUD_SDK_SK (or HUAWEICLOUD_SDK_AK, "
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
        console.error(CloudTexts::tr("--timeout takes a number of seconds from 1 to 3600, not \"%1\".")
                          .arg(parser.value(o.timeout)));
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

int failure(Console& console, const Error& error, bool json)
{
    if (json) {
        console.print(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), error.code},
                                                                  {QStringLiteral("message"), error.message},
                                                                  {QStringLiteral("detail"), error.detail}})
                                            .toJson(QJsonDocument::Indented)));
    }
    console.error(error.detail.isEmpty() ? error.message : error.message + QLatin1String("\n  ") + error.detail);
    return exitStatusFor(error);
}

bool parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments, Console& console,
           int& exitCode)
{
    if (!parser.parse(QStringList{QStringLiteral("ccmctl ") + command} + arguments)) {
        console.error(parser.errorText() + QLatin1Char('\n') + CloudTexts::tr("See `ccmctl %1 --help`.").arg(command));
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

void recordActivity(const history::ImportRecord& record, Console& console)
{
    if (const Status recorded = history::appendToHistory(record); !recorded)
        console.error(CloudTexts::tr("Warning: this was not added to the history: %1").arg(recorded.error().message));
}

} // namespace ccm::cli
