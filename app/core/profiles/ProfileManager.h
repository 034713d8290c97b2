#pragma once

#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QObject>

#include <functional>

namespace ccm::profiles {

/// The operations that touch both the profile file and the secret store, for the GUI and the CLI.
class ProfileManager : public QObject
{
    Q_OBJECT

public:
    /// Both must outlive the manager.
    ProfileManager(ProfileStore& store, SecretStore& secrets, QObject* parent = nullptr);

    ProfileStore& store() { return m_store; }
    SecretStore& secrets() { return m_secrets; }

    /// Stores the secrets of a saved profile in order; "secrets.no-store" when the credential store fails.
    void saveSecrets(const QString& profileId, const QList<QPair<SecretKind, SecureBytes>>& secrets, QObject* context,
                     SecretStore::StatusCallback done);

    /// Deletes a saved profile and its secrets. The secrets go first; if that fails the profile stays (so the
    /// user can retry) unless `force` is set, in which case the profile goes anyway and the error is reported.
    void remove(const QString& profileId, bool force, QObject* context, SecretStore::StatusCallback done);

    /// Duplicates a profile with its secrets. `secretsCopied` reports a failure to copy the secrets (the copy
    /// exists then, without secrets).
    void duplicate(const QString& profileId, const QString& newName, QObject* context,
                   std::function<void(Result<Profile> copy, Status secretsCopied)> done);

private:
    void copySecrets(const QString& fromId, const QString& toId, QList<SecretKind> kinds, QObject* context,
                     SecretStore::StatusCallback done);

    ProfileStore& m_store;
    SecretStore& m_secrets;
};

} // namespace ccm::profiles
