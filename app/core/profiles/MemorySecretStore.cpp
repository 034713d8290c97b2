#include "profiles/MemorySecretStore.h"

namespace ccm::profiles {

MemorySecretStore::~MemorySecretStore()
{
    clear();
}

QString MemorySecretStore::key(const QString& profileId, SecretKind kind)
{
    return profileId + QLatin1Char('/') + secretKindName(kind);
}

void MemorySecretStore::read(const QString& profileId, SecretKind kind, QObject* context, ReadCallback done)
{
    Result<SecureBytes> answer = secretNotFound(profileId, kind);
    if (auto secret = get(profileId, kind))
        answer = std::move(*secret);
    deliverLater(context, [done = std::move(done), answer = std::move(answer)] { done(answer); });
}

void MemorySecretStore::write(const QString& profileId, SecretKind kind, const SecureBytes& secret, QObject* context,
                              StatusCallback done)
{
    Status status;
    if (m_writeFailure)
        status = *m_writeFailure;
    else
        put(profileId, kind, secret);
    deliverLater(context, [done = std::move(done), status] { done(status); });
}

void MemorySecretStore::remove(const QString& profileId, SecretKind kind, QObject* context, StatusCallback done)
{
    erase(profileId, kind);
    deliverLater(context, [done = std::move(done)] { done(Status()); });
}

void MemorySecretStore::put(const QString& profileId, SecretKind kind, const SecureBytes& secret)
{
    m_secrets.insert(key(profileId, kind), secret);
}

std::optional<SecureBytes> MemorySecretStore::get(const QString& profileId, SecretKind kind) const
{
    const auto it = m_secrets.constFind(key(profileId, kind));
    if (it == m_secrets.cend())
        return std::nullopt;
    return *it;
}

bool MemorySecretStore::contains(const QString& profileId, SecretKind kind) const
{
    return m_secrets.contains(key(profileId, kind));
}

bool MemorySecretStore::hasProfile(const QString& profileId) const
{
    const QString prefix = profileId + QLatin1Char('/');
    for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
        if (it.key().startsWith(prefix))
            return true;
    }
    return false;
}

void MemorySecretStore::erase(const QString& profileId, SecretKind kind)
{
    // SecureBytes wipes its bytes when the hash releases it.
    m_secrets.remove(key(profileId, kind));
}

void MemorySecretStore::clear()
{
    for (auto& secret : m_secrets)
        secret.clear();
    m_secrets.clear();
}

} // namespace ccm::profiles

#include "moc_MemorySecretStore.cpp" // its meta-object code in this object: see DESIGN.md, "Start-up"
