// `ccmctl profile` list, show, add, edit, remove, duplicate and default, and the lookups and secret handling
// the actions share.

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

std::optional<Profile> ProfileAction::findProfile(const QString& name) const
{
    auto profile = store.find(name);
    if (!profile)
        console.error(tr("ccmctl profile: there is no profile \"%1\". `ccmctl profile list` shows them.").arg(name));
    return profile;
}

bool ProfileAction::requireName(const Parser& parser, int count) const
{
    if (parser.positional().size() != count) {
        console.error(QStringLiteral("ccmctl profile: ") + tr("wrong number of arguments."));
        console.error(parser.usage());
        return false;
    }
    return true;
}

Result<profiles::SecretOverrides> ProfileAction::collectSecrets(const Parser& parser, cloud::AuthKind kind,
                                                                bool promptIfTerminal) const
{
    auto given =
        readSecretsForRun(console, kind, parser.isSet("secret-stdin"), parser.values("secret-env"), environment);
    if (!given || !given->empty() || !promptIfTerminal || !console.inputIsTerminal())
        return given;
    profiles::SecretOverrides prompted;
    for (const SecretKind secretKind : profiles::secretKindsFor(kind)) {
        auto secret = console.promptHidden(tr("%1 (input hidden): ").arg(profiles::secretKindLabel(secretKind)));
        if (!secret || secret->isEmpty())
            return prompted; // the user skipped it; the profile is saved without secrets
        prompted.emplace(secretKind, std::move(*secret));
    }
    return prompted;
}

int ProfileAction::storeSecrets(const Profile& profile, const profiles::SecretOverrides& given) const
{
    if (given.empty()) {
        if (!profiles::secretKindsFor(profile.authKind).isEmpty())
            console.error(tr("No secret was given; add it later with `ccmctl profile edit \"%1\" --secret-stdin`.")
                              .arg(profile.name));
        return ExitOk;
    }
    for (const auto& [kind, secret] : given) {
        const Status written = secrets.writeBlocking(profile.id, kind, secret);
        if (!written) {
            printError(console, written.error());
            console.error(tr("The profile \"%1\" is saved without its secret. Give the secret for each run "
                             "instead, e.g. `ccmctl profile test \"%1\" --secret-stdin`.")
                              .arg(profile.name));
            return ExitRefused;
        }
    }
    return ExitOk;
}

int ProfileAction::listProfiles()
{
    Parser parser(tr("Usage: ccmctl profile list [--json]"));
    parser.add(QStringLiteral("json"), tr("Print JSON."));
    if (auto stop = parser.parse(rest, console))
        return *stop;
    const QString defaultId = store.defaultProfileId();
    if (parser.isSet("json")) {
        QJsonArray array;
        for (const Profile& profile : store.profiles())
            array.append(profileJson(profile, profile.id == defaultId));
        console.print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    for (const Profile& profile : store.profiles()) {
        QString kind = profile.isReadOnly() ? tr("built-in") : profiles::authKindName(profile.authKind);
        if (profile.isEnvironment())
            kind = tr("environment, %1").arg(profiles::authKindName(profile.authKind));
        console.println(QStringLiteral("%1 %2  %3  %4")
                            .arg(profile.id == defaultId ? QStringLiteral("*") : QStringLiteral(" "),
                                 profile.name.leftJustified(24), kind.leftJustified(22), whereText(profile)));
    }
    return ExitOk;
}

int ProfileAction::showProfile()
{
    Parser parser(tr("Usage: ccmctl profile show NAME [--json]"));
    parser.add(QStringLiteral("json"), tr("Print JSON."));
    if (auto stop = parser.parse(rest, console))
        return *stop;
    if (!requireName(parser, 1))
        return ExitUsage;
    const auto profile = findProfile(parser.positional().first());
    if (!profile)
        return ExitUsage;
    // Whether each secret is there: read and wiped at once, never printed.
    QJsonObject secretStates;
    if (profile->origin == profiles::ProfileOrigin::Saved) {
        for (const SecretKind kind : profiles::secretKindsFor(profile->authKind)) {
            const auto secret = secrets.readBlocking(profile->id, kind);
            const QString state = secret.ok() ? QStringLiteral("stored")
                                  : secret.error().code == QLatin1String("secrets.not-found")
                                      ? QStringLiteral("missing")
                                      : QStringLiteral("unavailable");
            secretStates.insert(profiles::secretKindName(kind), state);
        }
    } else if (profile->isEnvironment()) {
        for (const SecretKind kind : profiles::secretKindsFor(profile->authKind))
            secretStates.insert(profiles::secretKindName(kind), QStringLiteral("environment"));
    }
    QJsonObject object = profileJson(*profile, profile->id == store.defaultProfileId());
    object.insert(QStringLiteral("secrets"), secretStates);
    if (parser.isSet("json")) {
        console.print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == QLatin1String("secrets"))
            continue;
        const QJsonValue value = it.value();
        console.println(QStringLiteral("%1 %2").arg(QString(it.key() + QLatin1Char(':')).leftJustified(23),
                                                    value.isBool() ? (value.toBool() ? tr("yes") : tr("no"))
                                                                   : value.toVariant().toString()));
    }
    for (auto it = secretStates.constBegin(); it != secretStates.constEnd(); ++it)
        console.println(
            QStringLiteral("%1 %2").arg(QString(it.key() + QLatin1Char(':')).leftJustified(23), it.value().toString()));
    return ExitOk;
}

int ProfileAction::addProfile()
{
    Parser parser(tr("Usage: ccmctl profile add NAME [options]"));
    addProfileFieldOptions(parser);
    addSecretOptions(parser);
    parser.add(QStringLiteral("default"), tr("Make it the default profile."));
    if (auto stop = parser.parse(rest, console))
        return *stop;
    if (!requireName(parser, 1))
        return ExitUsage;
    Profile profile;
    profile.name = parser.positional().first();
    if (const Status applied = applyFieldOptions(parser, profile); !applied) {
        printError(console, applied.error());
        return ExitUsage;
    }
    // Secrets are read before anything is saved, so bad input leaves no half-made profile.
    auto given = collectSecrets(parser, profile.authKind, true);
    if (!given) {
        printError(console, given.error());
        return ExitUsage;
    }
    auto created = store.create(profile);
    if (!created) {
        printError(console, created.error());
        return ExitUsage;
    }
    if (parser.isSet("default"))
        (void)store.setDefault(created->id);
    const int secretsStored = storeSecrets(*created, *given);
    if (secretsStored == ExitOk)
        console.println(tr("Profile \"%1\" created.").arg(created->name));
    return secretsStored;
}

int ProfileAction::editProfile()
{
    Parser parser(tr("Usage: ccmctl profile edit NAME [options]"));
    addProfileFieldOptions(parser);
    addSecretOptions(parser);
    parser.add(QStringLiteral("rename"), tr("New name."), QStringLiteral("NEW"));
    if (auto stop = parser.parse(rest, console))
        return *stop;
    if (!requireName(parser, 1))
        return ExitUsage;
    auto profile = findProfile(parser.positional().first());
    if (!profile)
        return ExitUsage;
    const Profile before = *profile;
    if (parser.isSet("rename"))
        profile->name = parser.value("rename");
    if (const Status applied = applyFieldOptions(parser, *profile); !applied) {
        printError(console, applied.error());
        return ExitUsage;
    }
    auto given = collectSecrets(parser, profile->authKind, false);
    if (!given) {
        printError(console, given.error());
        return ExitUsage;
    }
    if (const Status updated = store.update(*profile); !updated) {
        printError(console, updated.error());
        return ExitUsage;
    }
    // Secrets the new authentication kind no longer needs are removed.
    for (const SecretKind kind : profiles::secretKindsFor(before.authKind)) {
        if (!profiles::secretKindsFor(profile->authKind).contains(kind))
            (void)secrets.removeBlocking(profile->id, kind);
    }
    if (!given->empty()) {
        if (const int stored = storeSecrets(*profile, *given); stored != ExitOk)
            return stored;
    }
    console.println(tr("Profile \"%1\" updated.").arg(profile->name));
    return ExitOk;
}

int ProfileAction::removeProfile()
{
    Parser parser(tr("Usage: ccmctl profile remove NAME [--force]"));
    parser.add(QStringLiteral("force"),
               tr("Delete the profile even when its secrets cannot be removed from the credential store."));
    if (auto stop = parser.parse(rest, console))
        return *stop;
    if (!requireName(parser, 1))
        return ExitUsage;
    const auto profile = findProfile(parser.positional().first());
    if (!profile)
        return ExitUsage;
    profiles::ProfileManager manager(store, secrets);
    const Status removed = wait<Status>([&](QObject* context, SecretStore::StatusCallback done) {
        manager.remove(profile->id, parser.isSet("force"), context, std::move(done));
    });
    if (!store.findById(profile->id) && !removed) {
        printError(console, removed.error());
        console.println(
            tr("Profile \"%1\" removed; its secrets may remain in the credential store.").arg(profile->name));
        return ExitRefused;
    }
    if (!removed) {
        printError(console, removed.error());
        if (removed.error().category == ErrorCategory::CredentialStore)
            console.error(tr("The profile was kept. Use --force to delete it anyway."));
        return exitStatusFor(removed.error());
    }
    console.println(tr("Profile \"%1\" removed.").arg(profile->name));
    return ExitOk;
}

int ProfileAction::duplicateProfile()
{
    Parser parser(tr("Usage: ccmctl profile duplicate NAME [NEW]"));
    if (auto stop = parser.parse(rest, console))
        return *stop;
    if (parser.positional().isEmpty() || parser.positional().size() > 2) {
        console.error(parser.usage());
        return ExitUsage;
    }
    const auto profile = findProfile(parser.positional().first());
    if (!profile)
        return ExitUsage;
    profiles::ProfileManager manager(store, secrets);
    Status copied;
    const auto copy = awaitCallback<Result<Profile>>([&](QObject* context, auto done) {
        manager.duplicate(profile->id, parser.positional().value(1), context,
                          [&copied, done](Result<Profile> result, Status secretsCopied) {
                              copied = secretsCopied;
                              done(std::move(result));
                          });
    });
    if (!*copy) {
        printError(console, copy->error());
        return ExitUsage;
    }
    if (!copied) {
        printError(console, copied.error());
        console.error(tr("The copy \"%1\" was made without secrets.").arg((*copy)->name));
        return ExitRefused;
    }
    console.println(tr("Profile \"%1\" created from \"%2\".").arg((*copy)->name, profile->name));
    return ExitOk;
}

int ProfileAction::makeDefault()
{
    Parser parser(tr("Usage: ccmctl profile default NAME"));
    if (auto stop = parser.parse(rest, console))
        return *stop;
    if (!requireName(parser, 1))
        return ExitUsage;
    const auto profile = findProfile(parser.positional().first());
    if (!profile)
        return ExitUsage;
    if (const Status set = store.setDefault(profile->id); !set) {
        printError(console, set.error());
        return ExitUsage;
    }
    console.println(tr("\"%1\" is now the default profile.").arg(profile->name));
    return ExitOk;
}

} // namespace ccm::cli::profilecli
