#pragma once

#include "CloudCommands.h"

#include "certificate/Inspection.h"
#include "cloud/ScmClient.h"
#include "common/Await.h"
#include "common/Result.h"
#include "history/ImportHistory.h"
#include "profiles/Profile.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QObject>

#include <optional>

class QCommandLineParser;

/// What the cloud commands (import, list, delete, show, push, expiring) share: connection options, connecting,
/// running a client call to its end, history lines and the exit status of a failure.
namespace ccm::cli {

class Console;

/// The texts of the cloud commands (one translation context for all of them).
class CloudTexts
{
    Q_DECLARE_TR_FUNCTIONS(ccm::cli::CloudCommands)
};

/// Options every cloud command shares: where to connect and how to print.
struct ConnectionOptions
{
    QCommandLineOption profile{QStringLiteral("profile"), CloudTexts::tr("Use the saved profile NAME."),
                               QStringLiteral("NAME")};
    QCommandLineOption endpoint{QStringLiteral("endpoint"),
                                CloudTexts::tr("SCM endpoint URL (https, or http on 127.0.0.1)."),
                                QStringLiteral("URL")};
    QCommandLineOption iamEndpoint{QStringLiteral("iam-endpoint"), CloudTexts::tr("IAM endpoint URL."),
                                   QStringLiteral("URL")};
    QCommandLineOption region{QStringLiteral("region"),
                              CloudTexts::tr("Region id, e.g. ap-southeast-1, cn-north-4, eu-west-101."),
                              QStringLiteral("ID")};
    QCommandLineOption domainId{QStringLiteral("domain-id"), CloudTexts::tr("Account (domain) id sent as X-Domain-Id."),
                                QStringLiteral("ID")};
    QCommandLineOption caFile{QStringLiteral("ca-file"),
                              CloudTexts::tr("Extra CA certificates (PEM) to trust for the endpoint."),
                              QStringLiteral("FILE")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               CloudTexts::tr("Give up on a call after SECONDS without an answer (default 30)."),
                               QStringLiteral("SECONDS"), QStringLiteral("30")};

    void addTo(QCommandLineParser& parser, bool withJson);
};

/// A connection made ready: the client options, and the profile it came from (none for the environment).
struct Connection
{
    cloud::ScmClient::Options options;
    profiles::Profile profile;
};

/// Builds the connection from --profile or the options and environment; prints why not and returns false.
bool connect(const QCommandLineParser& parser, const ConnectionOptions& o, Console& console, Connection& out,
             QString* enterpriseProjectId = nullptr);

/// Runs a client call to its end on this (the CLI's) thread; the client itself stays asynchronous.
template<typename T, typename Start>
Result<T> await(Start start)
{
    return *awaitCallback<Result<T>>(std::move(start));
}

/// Prints a failure (JSON too when asked) and returns its exit status: 4 for network/TLS, 3 otherwise.
int failure(Console& console, const Error& error, bool json);
/// Parses `arguments` for `ccmctl <command>`; false (with `exitCode` set) for --help or a usage error.
bool parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments, Console& console,
           int& exitCode);

/// Adds an import attempt that reached the network to the activity history; a ledger that cannot be written only
/// earns a warning.
void recordImport(const Inspection& inspection, const QString& name, const profiles::Profile& profile,
                  const QUrl& endpoint, const Result<cloud::ImportResult>& result, Console& console);
/// Adds a push or a delete to the activity history (a warning when it cannot be written).
void recordActivity(const history::ImportRecord& record, Console& console);

} // namespace ccm::cli
