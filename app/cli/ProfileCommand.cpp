// `ccmctl profile`: the ten actions, one ProfileAction member function each, found through actionTable().
// Longer than 500 lines because each action is a short script of its own (parse, look up, act, print); the
// helpers they share are in ProfileCommandSupport.cpp.

#include "ProfileCommand.h"

#include "Console.h"
#include "ProfileCommandSupport.h"

#include "common/Await.h"

#include "profiles/ConnectionTest.h"
#include "profiles/KeychainSecretStore.h"
#include "profiles/ProfileManager.h"
#include "profiles/ProfileStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <optional>

namespace ccm::cli {

using profiles::Profile;
using profiles::ProfileStore;
using profiles::SecretKind;
using profiles::SecretStore;

struct ProfileCommand::Parts
{
    std::unique_ptr<ProfileStore> ownedStore;
    std::unique_ptr<SecretStore> ownedSecrets;
    ProfileStore* store = nullptr;
    SecretStore* secrets = nullptr;
    QProcessEnvironment environment;
};

using profilecli::addProfileFieldOptions;
using profilecli::addSecretOptions;
using profilecli::applyFieldOptions;
using profilecli::Parser;
using profilecli::printError;
using profilecli::profileJson;
using profilecli::wait;
using profilecli::whereText;

ProfileCommand::ProfileCommand()
    : m_parts(std::make_unique<Parts>())
{
    m_parts->ownedStore = std::make_unique<ProfileStore>();
    m_parts->ownedSecrets = std::make_unique<profiles::KeychainSecretStore>();
    m_parts->store = m_parts->ownedStore.get();
    m_parts->secrets = m_parts->ownedSecrets.get();
    m_parts->environment = QProcessEnvironment::systemEnvironment();
}

ProfileCommand::ProfileCommand(ProfileStore* store, SecretStore* secrets, QProcessEnvironment environment)
    : m_parts(std::make_unique<Parts>())
{
    m_parts->store = store;
    m_parts->secrets = secrets;
    m_parts->environment = std::move(environment);
}

ProfileCommand::~ProfileCommand() = default;

QString ProfileCommand::summary() const
{
    return tr("Manage saved account profiles (secrets in the system's credential store).");
}

namespace {

QString overviewText()
{
    return ProfileCommand::tr(
        "Usage: ccmctl profile <action> [options]\n\n"
        "Actions:\n"
        "  list [--json]                       List the profiles (* marks the default).\n"
        "  show NAME [--json]                  Show one profile and whether its secrets are stored.\n"
        "  add NAME [fields] [secret]          Create a profile.\n"
        "  edit NAME [fields] [secret] [--rename NEW]\n"
        "                                      Change a profile; only the given fields change.\n"
        "  remove NAME [--force]               Delete a profile and its secrets.\n"
        "  duplicate NAME [NEW]                Copy a profile with its secrets.\n"
        "  default NAME                        Make NAME the default profile.\n"
        "  test [NAME] [--json] [--secret-stdin]\n"
        "                                      Make a signed list call and show the account and the time taken.\n"
        "  export [--output FILE] [NAME...]    Write profiles as JSON, without secrets.\n"
        "  import FILE|- [--yes]               Add the profiles of an exported file (asks first when one has its\n"
        "                                      own endpoint or CA file; --yes agrees).\n\n"
        "Secrets are read from standard input (--secret-stdin), from environment variables (--secret-env VAR),\n"
        "or from a hidden prompt on a terminal; never from the arguments. Run `ccmctl profile <action> --help`\n"
        "for the options of an action.");
}

} // namespace

namespace {

// One `ccmctl profile` action at work: the loaded store, the secrets, the console and the action's arguments.
// Each action is one member function, found through actionTable(); tr() keeps the ProfileCommand context.
class ProfileAction
{
    Q_DECLARE_TR_FUNCTIONS(ccm::cli::ProfileCommand)

public:
    ProfileAction(ProfileStore& store, SecretStore& secrets, const QProcessEnvironment& environment, Console& console,
                  const QStringList& rest)
        : store(store)
        , secrets(secrets)
        , environment(environment)
        , console(console)
        , rest(rest)
    {}

    int listProfiles();
    int showProfile();
    int addProfile();
    int editProfile();
    int removeProfile();
    int duplicateProfile();
    int makeDefault();
    int testProfile();
    int exportProfiles();
    int importProfiles();

private:
    std::optional<Profile> findProfile(const QString& name) const;
    bool requireName(const Parser& parser, int count) const;
    // Collects the secrets for add/edit: standard input, variables, or the hidden prompt on a terminal.
    Result<profiles::SecretOverrides> collectSecrets(const Parser& parser, cloud::AuthKind kind,
                                                     bool promptIfTerminal) const;
    int storeSecrets(const Profile& profile, const profiles::SecretOverrides& given) const;

    ProfileStore& store;
    SecretStore& secrets;
    const QProcessEnvironment& environment;
    Console& console;
    const QStringList& rest;
};

struct ActionEntry
{
    QLatin1String name;
    int (ProfileAction::*run)();
};

const std::array<ActionEntry, 10>& actionTable()
{
    static const std::array<ActionEntry, 10> table{{
        {QLatin1String("list"), &ProfileAction::listProfiles},
        {QLatin1String("show"), &ProfileAction::showProfile},
        {QLatin1String("add"), &ProfileAction::addProfile},
        {QLatin1String("edit"), &ProfileAction::editProfile},
        {QLatin1String("remove"), &ProfileAction::removeProfile},
        {QLatin1String("duplicate"), &ProfileAction::duplicateProfile},
        {QLatin1String("default"), &ProfileAction::makeDefault},
        {QLatin1String("test"), &ProfileAction::testProfile},
        {QLatin1String("export"), &ProfileAction::exportProfiles},
        {QLatin1String("import"), &ProfileAction::importProfiles},
    }};
    return table;
}

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

} // namespace

int ProfileCommand::run(const QStringList& arguments, Console& console)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action.isEmpty() || action == QLatin1String("--help") || action == QLatin1String("-h") ||
        action == QLatin1String("help")) {
        (action.isEmpty() ? console.error(overviewText()) : console.println(overviewText()));
        return action.isEmpty() ? ExitUsage : ExitOk;
    }

    ProfileStore& store = *m_parts->store;
    store.setEnvironment(m_parts->environment);
    if (const Status loaded = store.load(); !loaded) {
        printError(console, loaded.error());
        if (loaded.error().code != QLatin1String("profiles.newer-schema"))
            return ExitUsage;
    }
    for (const QString& note : store.migrationNotes())
        console.error(QStringLiteral("ccmctl profile: ") + note);

    ProfileAction context(store, *m_parts->secrets, m_parts->environment, console, rest);
    for (const ActionEntry& entry : actionTable()) {
        if (action == entry.name)
            return (context.*entry.run)();
    }
    console.error(tr("ccmctl profile: unknown action \"%1\".").arg(action));
    console.error(overviewText());
    return ExitUsage;
}

} // namespace ccm::cli
