#pragma once

#include "profiles/SecretStore.h"

namespace ccm::profiles {

/// Secrets in the operating system's credential store through QtKeychain (Secret Service or KWallet on Linux,
/// Keychain on macOS, Credential Manager on Windows). The insecure plaintext fallback is off.
///
/// Entries: service = the application id (kApplicationId), key = "<profile id>/<secret kind>". A write that
/// fails for any reason is reported as "secrets.no-store"; nothing is written anywhere else. Reads that fail
/// because no backend answers are retried a few times: at login the keyring often starts after the app.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    /// Tokens reach 2 MiB; Windows' Credential Manager takes far less and is refused with a clear error there.
    static constexpr qsizetype kMaxSecretSize = 4 * 1024 * 1024;

    explicit KeychainSecretStore(QObject* parent = nullptr);
    /// A store under another service name (tests use their own so they never touch the user's entries).
    KeychainSecretStore(QString service, QObject* parent);

    static QString defaultService();
    static QString entryKey(const QString& profileId, SecretKind kind);
    QString service() const { return m_service; }

    /// How often a read is tried when no backend answers, and the pause between tries.
    void setReadRetry(int attempts, int delayMs);

    void read(const QString& profileId, SecretKind kind, QObject* context, ReadCallback done) override;
    void write(const QString& profileId, SecretKind kind, const SecureBytes& secret, QObject* context,
               StatusCallback done) override;
    void remove(const QString& profileId, SecretKind kind, QObject* context, StatusCallback done) override;

private:
    void readAttempt(const QString& profileId, SecretKind kind, QObject* context, ReadCallback done, int attemptsLeft);

    QString m_service;
    int m_readAttempts = 3;
    int m_readDelayMs = 400;
};

/// The canonical "no credential store" error, with the store's own words in the detail.
Error noCredentialStore(const QString& detail);

} // namespace ccm::profiles
