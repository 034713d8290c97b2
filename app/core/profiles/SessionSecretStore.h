#pragma once

#include "profiles/MemorySecretStore.h"
#include "profiles/SecretStore.h"

#include <QSet>

namespace ccm::profiles {

/// The store the application uses: the credential store, plus secrets the user chose to keep for this session
/// only because the credential store failed.
///
/// Reads look in the session first, then in the credential store. Writes go to the credential store only; when
/// that fails ("secrets.no-store") nothing is kept, and the caller may offer keepForSession(). Removal clears
/// both. Session secrets are wiped when this object is destroyed (at exit) and never written anywhere.
class SessionSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    /// `persistent` must outlive this store.
    explicit SessionSecretStore(SecretStore& persistent, QObject* parent = nullptr);

    void read(const QString& profileId, SecretKind kind, QObject* context, ReadCallback done) override;
    void write(const QString& profileId, SecretKind kind, const SecureBytes& secret, QObject* context,
               StatusCallback done) override;
    void remove(const QString& profileId, SecretKind kind, QObject* context, StatusCallback done) override;

    /// Keeps a secret in memory for the rest of this session, typically after a "secrets.no-store" failure.
    void keepForSession(const QString& profileId, SecretKind kind, const SecureBytes& secret);
    /// True when some secret of the profile lives only in this session.
    bool isSessionOnly(const QString& profileId) const;
    /// Wipes every session secret.
    void forgetSession();

private:
    SecretStore& m_persistent;
    MemorySecretStore m_session;
};

} // namespace ccm::profiles
