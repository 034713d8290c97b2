#pragma once

#include "certificate/OpenSsl.h"
#include "common/SecureBytes.h"

#include <QString>

#include <memory>

namespace ccm {

/// A private key held in memory only. Cheap to copy (shared, immutable). Prints as [redacted].
class PrivateKey
{
public:
    PrivateKey() = default;
    explicit PrivateKey(ossl::PkeyPtr pkey);

    bool isNull() const { return !m_pkey; }
    EVP_PKEY* pkey() const { return m_pkey.get(); }

    /// "RSA", "EC", "Ed25519", "Ed448", "SM2", "DSA" …
    QString algorithm() const;
    int bits() const;
    /// The named curve ("P-256", "SM2" …), empty for RSA and EdDSA.
    QString curve() const;
    /// e.g. "RSA 2048", "EC P-256", "Ed25519", "SM2".
    QString description() const;

    /// Unencrypted PKCS#8 PEM ("PRIVATE KEY") with "\n" line ends, in wiped memory.
    SecureBytes toPkcs8Pem() const;

    bool operator==(const PrivateKey& other) const;

private:
    std::shared_ptr<EVP_PKEY> m_pkey;
};

/// Display name of a key held by a certificate or a private key: "RSA", "EC", "SM2" …
QString keyAlgorithmName(const EVP_PKEY* pkey);
/// Curve as people know it: "P-256", "P-384", "P-521", "SM2"; the OpenSSL name otherwise.
QString keyCurveName(const EVP_PKEY* pkey);

} // namespace ccm

QDebug operator<<(QDebug debug, const ccm::PrivateKey& key);
