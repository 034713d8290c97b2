#include "certificate/PrivateKey.h"

#include <openssl/core_names.h>
#include <openssl/pem.h>

namespace ccm {

PrivateKey::PrivateKey(ossl::PkeyPtr pkey)
    : m_pkey(std::move(pkey)) // the shared owner keeps the unique_ptr's deleter
{}

QString keyAlgorithmName(const EVP_PKEY* pkey)
{
    if (!pkey)
        return {};
    if (EVP_PKEY_is_a(pkey, "SM2"))
        return QStringLiteral("SM2");
    if (EVP_PKEY_is_a(pkey, "RSA") || EVP_PKEY_is_a(pkey, "RSA-PSS"))
        return QStringLiteral("RSA");
    if (EVP_PKEY_is_a(pkey, "EC")) {
        // OpenSSL 3.0 may load an SM2-curve key as a plain EC key.
        return keyCurveName(pkey) == QLatin1String("SM2") ? QStringLiteral("SM2") : QStringLiteral("EC");
    }
    if (EVP_PKEY_is_a(pkey, "ED25519"))
        return QStringLiteral("Ed25519");
    if (EVP_PKEY_is_a(pkey, "ED448"))
        return QStringLiteral("Ed448");
    if (EVP_PKEY_is_a(pkey, "DSA"))
        return QStringLiteral("DSA");
    const char* name = EVP_PKEY_get0_type_name(pkey);
    return name ? QString::fromLatin1(name) : QStringLiteral("unknown");
}

QString keyCurveName(const EVP_PKEY* pkey)
{
    if (!pkey)
        return {};
    char group[80] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length) != 1)
        return {};
    const QString name = QString::fromLatin1(group, static_cast<qsizetype>(length));
    if (name == QLatin1String("prime256v1") || name == QLatin1String("P-256"))
        return QStringLiteral("P-256");
    if (name == QLatin1String("secp384r1") || name == QLatin1String("P-384"))
        return QStringLiteral("P-384");
    if (name == QLatin1String("secp521r1") || name == QLatin1String("P-521"))
        return QStringLiteral("P-521");
    if (name.compare(QLatin1String("SM2"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("SM2");
    return name;
}

QString PrivateKey::algorithm() const
{
    return keyAlgorithmName(m_pkey.get());
}

int PrivateKey::bits() const
{
    return m_pkey ? EVP_PKEY_get_bits(m_pkey.get()) : 0;
}

QString PrivateKey::curve() const
{
    return keyCurveName(m_pkey.get());
}

QString PrivateKey::description() const
{
    const QString algo = algorithm();
    if (algo == QLatin1String("RSA") || algo == QLatin1String("DSA"))
        return algo + QLatin1Char(' ') + QString::number(bits());
    if (algo == QLatin1String("EC"))
        return algo + QLatin1Char(' ') + curve();
    return algo;
}

SecureBytes PrivateKey::toPkcs8Pem() const
{
    if (!m_pkey)
        return {};
    auto bio = ossl::memoryBio();
    if (PEM_write_bio_PKCS8PrivateKey(bio.get(), m_pkey.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        ossl::clearErrors();
        return {};
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    SecureBytes pem(QByteArrayView(data, length));
    OPENSSL_cleanse(data, static_cast<size_t>(length));
    return pem;
}

bool PrivateKey::operator==(const PrivateKey& other) const
{
    if (m_pkey == other.m_pkey)
        return true;
    if (!m_pkey || !other.m_pkey)
        return false;
    const bool equal = EVP_PKEY_eq(m_pkey.get(), other.m_pkey.get()) == 1;
    ossl::clearErrors();
    return equal;
}

} // namespace ccm

QDebug operator<<(QDebug debug, const ccm::PrivateKey& key)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "PrivateKey(" << key.description() << ", [redacted])";
    return debug;
}
