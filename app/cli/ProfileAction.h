#pragma once

#include "ProfileCommandSupport.h"

#include "profiles/ProfileStore.h"
#include "profiles/ResolvedProfile.h"
#include "profiles/SecretStore.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

namespace ccm::cli::profilecli {

// One `ccmctl profile` action at work: the loaded store, the secrets, the console and the action's arguments.
// Each action is one member function, found through ProfileCommand.cpp's action table; tr() keeps the
// ProfileCommand context. The profile actions are in ProfileActions.cpp; test, export and import in
// ProfileExchangeActions.cpp.
class ProfileAction
{
    Q_DECLARE_TR_FUNCTIONS(ccm::cli::ProfileCommand)

public:
    ProfileAction(profiles::ProfileStore& store, profiles::SecretStore& secrets, const QProcessEnvironment& environment,
                  Console& console, const QStringList& rest)
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
    std::optional<profiles::Profile> findProfile(const QString& name) const;
    bool requireName(const Parser& parser, int count) const;
    // Collects the secrets for add/edit: standard input, variables, or the hidden prompt on a terminal.
    Result<profiles::SecretOverrides> collectSecrets(const Parser& parser, cloud::AuthKind kind,
                                                     bool promptIfTerminal) const;
    int storeSecrets(const profiles::Profile& profile, const profiles::SecretOverrides& given) const;

    profiles::ProfileStore& store;
    profiles::SecretStore& secrets;
    const QProcessEnvironment& environment;
    Console& console;
    const QStringList& rest;
};

} // namespace ccm::cli::profilecli
