// `ccmctl profile` test, export and import: the actions that talk to the service or move profiles in and out.

#include "ProfileAction.h"
#include "ProfileCommand.h"

#include "Console.h"

#include "common/Await.h"

#include "profiles/ConnectionTest.h"
#include "profiles/KeychainSecretStore.h"
#include "profiles/ProfileManager.h"
#include "profiles/ProfileStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ccm::cli::profilecli {

using profiles::Profile;
using profiles::ProfileStore;
using profiles::SecretKind;
using profiles::SecretStore;

int ProfileAction::testProfile()
{
    Parser parser(tr("Usage: ccmctl profile test [NAME] [--json] [--secret-stdin | --secret-env VAR]"));
    parser.add(QStringLiteral("json"), tr("Print JSON."));
    addSecretOptions(parser);
    if (auto stop = parser.parse(rest, console))
        return *stop;
    if (parser.positional().size() > 1) {
        console.error(parser.usage());
        return ExitUsage;
    }
    const QString name = parser.positional().value(0);
    const auto profile = name.isEmpty() ? std::optional<Profile>(store.defaultProfile()) : findProfile(name);
    if (!profile)
        return ExitUsage;
    auto given = readSecretsForRun(console, profile->authKind, parser.isSet("secret-stdin"),
                                   parser.values("secret-env"), environment);
    if (!given) {
        printError(console, given.error());
        return ExitUsage;
    }
    auto resolved = profiles::resolveProfile(profile->id, store, secrets, *given);
    if (!resolved) {
        printError(console, resolved.error());
        return exitStatusFor(resolved.error());
    }
    auto tester = profiles::createConnectionTester();
    const auto result =
        wait<Result<profiles::ConnectionTestResult>>([&](QObject* context, profiles::ConnectionTester::Callback done) {
            tester->test(*resolved, context, std::move(done));
        });
    if (!result) {
        if (parser.isSet("json")) {
            console.print(
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                                            {QStringLiteral("profile"), profile->name},
                                                            {QStringLiteral("error_code"), result.error().code},
                                                            {QStringLiteral("message"), result.error().message},
                                                            {QStringLiteral("detail"), result.error().detail}})
                                      .toJson(QJsonDocument::Indented)));
        }
        printError(console, result.error());
        if (!result.error().detail.isEmpty())
            console.error(result.error().detail);
        return exitStatusFor(result.error());
    }
    if (parser.isSet("json")) {
        console.print(
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                                        {QStringLiteral("profile"), profile->name},
                                                        {QStringLiteral("endpoint"), result->endpoint},
                                                        {QStringLiteral("account_id"), result->accountId},
                                                        {QStringLiteral("elapsed_ms"), result->elapsedMs},
                                                        {QStringLiteral("certificate_count"), result->certificateCount},
                                                        {QStringLiteral("request_id"), result->requestId}})
                                  .toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    console.println(tr("Connected to %1 as account %2 in %3 ms.")
                        .arg(result->endpoint, result->accountId.isEmpty() ? tr("(unknown)") : result->accountId)
                        .arg(result->elapsedMs));
    if (result->certificateCount >= 0)
        console.println(tr("%n certificate(s) in the account.", nullptr, result->certificateCount));
    return ExitOk;
}

int ProfileAction::exportProfiles()
{
    Parser parser(tr("Usage: ccmctl profile export [--output FILE] [NAME...]"));
    parser.add(QStringLiteral("output"), tr("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    if (auto stop = parser.parse(rest, console))
        return *stop;
    QStringList ids;
    for (const QString& name : parser.positional()) {
        const auto profile = findProfile(name);
        if (!profile)
            return ExitUsage;
        if (profile->isReadOnly()) {
            console.error(tr("ccmctl profile: \"%1\" is built in and is not exported.").arg(profile->name));
            return ExitUsage;
        }
        ids << profile->id;
    }
    const QByteArray json = store.exportJson(ids);
    if (!parser.isSet("output")) {
        console.print(QString::fromUtf8(json));
        return ExitOk;
    }
    QFile file(parser.value("output"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size()) {
        console.error(tr("ccmctl profile: cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return ExitUsage;
    }
    return ExitOk;
}

int ProfileAction::importProfiles()
{
    Parser parser(tr("Usage: ccmctl profile import FILE|- [--yes]"));
    parser.add(QStringLiteral("yes"),
               tr("Save profiles that use their own endpoint or CA file without asking (check them first)."));
    if (auto stop = parser.parse(rest, console))
        return *stop;
    if (!requireName(parser, 1))
        return ExitUsage;
    QByteArray json;
    const QString path = parser.positional().first();
    if (path == QLatin1String("-")) {
        json = console.readAllInput().exposeCopy();
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            console.error(tr("ccmctl profile: cannot read %1: %2").arg(path, file.errorString()));
            return ExitUsage;
        }
        json = file.read(16 * 1024 * 1024);
    }
    // A file from elsewhere can point a profile at any endpoint (a look-alike that would receive private keys)
    // or make it trust any CA: say where each such profile points and have the user agree first.
    const auto plan = store.planImport(json);
    if (plan && plan->needsConfirmation()) {
        console.println(tr("These profiles send requests somewhere other than the service's regional endpoints:"));
        for (const Profile& profile : plan->pointingElsewhere()) {
            console.println(QStringLiteral("  \"%1\"").arg(profile.name));
            for (const QString& line : describeCustomTarget(profile))
                console.println(QStringLiteral("    ") + line);
        }
        bool confirmed = parser.isSet("yes");
        if (!confirmed && path != QLatin1String("-") && console.inputIsTerminal()) {
            console.print(tr("Save them? Only say yes if you trust these addresses. [y/N] "));
            const QByteArray answer = console.readInputLine().view().toByteArray().trimmed().toLower();
            confirmed = answer == "y" || answer == "yes";
        }
        if (!confirmed) {
            wipe(json);
            console.error(tr("ccmctl profile: nothing imported. Check the addresses above and run again with "
                             "--yes to save these profiles."));
            return ExitUsage;
        }
    }
    auto imported = store.importJson(json);
    wipe(json); // in case someone fed a file that held a secret anyway
    if (!imported) {
        printError(console, imported.error());
        return ExitUsage;
    }
    for (const Profile& profile : *imported)
        console.println(
            tr("Imported \"%1\" (add its secret with `ccmctl profile edit \"%1\" --secret-stdin`).").arg(profile.name));
    return ExitOk;
}

} // namespace ccm::cli::profilecli
