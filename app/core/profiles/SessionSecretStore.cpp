#include "profiles/SessionSecretStore.h"

namespace ccm::profiles {

SessionSecretStore::SessionSecretStore(SecretStore& persistent, QObject* parent)
    : SecretStore(parent)
    , m_persistent(persistent)
{}

void SessionSecretStore::read(const QString& profileId, SecretKind kind, QObject* context, ReadCallback done)
{
    if (auto secret = m_session.get(profileId, kind)) {
        deliverLater(context, [done = std::move(done), secret = std::move(*secret)] { done(secret); });
        return;
    }
    m_persistent.read(profileId, kind, context, std::move(done));
}

void SessionSecretStore::write(const QString& profileId, SecretKind kind, const SecureBytes& secret, QObject* context,
                               StatusCallback done)
{
    m_persistent.write(profileId, kind, secret, context, [this, profileId, kind, done](Status status) {
        // Once the credential store holds the secret, a stale session copy must not shadow it.
        if (status)
            m_session.erase(profileId, kind);
        done(status);
    });
}

void SessionSecretStore::remove(const QString& profileId, SecretKind kind, QObject* context, StatusCallback done)
{
    m_session.erase(profileId, kind);
    m_persistent.remove(profileId, kind, context, std::move(done));
}

void SessionSecretStore::keepForSession(const QString& profileId, SecretKind kind, const SecureBytes& secret)
{
    m_session.put(profileId, kind, secret);
}

bool SessionSecretStore::isSessionOnly(const QString& profileId) const
{
    return m_session.hasProfile(profileId);
}

void SessionSecretStore::forgetSession()
{
    m_session.clear();
}

} // namespace ccm::profiles

#include "moc_SessionSecretStore.cpp" // its meta-object code in this object: see DESIGN.md, "Start-up"
