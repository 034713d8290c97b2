#pragma once

#include "profiles/SecretStore.h"

#include <QHash>

#include <optional>

namespace ccm::profiles {

/// Secrets kept in this process only: for tests and for "this session only" use. Wiped on destruction.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    ~MemorySecretStore() override;

    void read(const QString& profileId, SecretKind kind, QObject* context, ReadCallback done) override;
    void write(const QString& profileId, SecretKind kind, const SecureBytes& secret, QObject* context,
               StatusCallback done) override;
    void remove(const QString& profileId, SecretKind kind, QObject* context, StatusCallback done) override;

    /// Synchronous access, for code that owns the store directly.
    void put(const QString& profileId, SecretKind kind, const SecureBytes& secret);
    std::optional<SecureBytes> get(const QString& profileId, SecretKind kind) const;
    bool contains(const QString& profileId, SecretKind kind) const;
    bool hasProfile(const QString& profileId) const;
    void erase(const QString& profileId, SecretKind kind);
    /// Wipes and forgets every secret.
    void clear();
    qsizetype size() const { return m_secrets.size(); }

    /// Makes every later write fail with this error (to test the caller's no-store path); nullopt restores.
    void setWriteFailure(std::optional<Error> error) { m_writeFailure = std::move(error); }

private:
    static QString key(const QString& profileId, SecretKind kind);

    QHash<QString, SecureBytes> m_secrets;
    std::optional<Error> m_writeFailure;
};

} // namespace ccm::profiles
