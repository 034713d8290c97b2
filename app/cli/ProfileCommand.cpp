// `ccmctl profile`: its overview and the table that finds the ten actions, one ProfileAction member function
// each (ProfileActions.cpp and ProfileExchangeActions.cpp); the helpers they share are in ProfileCommandSupport.cpp.

#include "ProfileCommand.h"

#include "Console.h"
#include "ProfileAction.h"
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

using profilecli::ProfileAction;

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
