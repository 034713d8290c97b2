#pragma once

// Checks every SecretStore must pass; shared by the memory and the keychain tests.

#include "profiles/SecretStore.h"

#include <QTest>

namespace ccm::test {

inline QList<QPair<profiles::SecretKind, QByteArray>> sampleSecrets()
{
    using profiles::SecretKind;
    return {
        {SecretKind::SecretKey, QByteArray("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc")},
        {SecretKind::SecurityToken, QByteArray("gQpjbi1ub3J0aC00jDe1ZW50LXN0cy10b2tlbg==")},
        {SecretKind::Password, QByteArray("p\xc3\xa4ssw\xc3\xb6rd \xe4\xb8\x80 with spaces")},
        {SecretKind::AuthToken, QByteArray("MIIY").repeated(64)},
    };
}

/// Write, read back, overwrite, remove, remove again, read missing.
inline void checkRoundTrip(profiles::SecretStore& store, const QString& profileId, profiles::SecretKind kind,
                           const QByteArray& secret)
{
    QVERIFY(store.writeBlocking(profileId, kind, SecureBytes(secret)));
    auto read = store.readBlocking(profileId, kind);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message + read.error().detail));
    QCOMPARE(read->view(), QByteArrayView(secret));

    const QByteArray replaced = secret + "-replaced";
    QVERIFY(store.writeBlocking(profileId, kind, SecureBytes(replaced)));
    read = store.readBlocking(profileId, kind);
    QVERIFY(read.ok());
    QCOMPARE(read->view(), QByteArrayView(replaced));

    QVERIFY(store.removeBlocking(profileId, kind));
    read = store.readBlocking(profileId, kind);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QStringLiteral("secrets.not-found"));
    QVERIFY(store.removeBlocking(profileId, kind)); // removing what is gone is fine
}

} // namespace ccm::test
