#include "sandbox/TlsIdentity.h"

#include "certificate/OpenSsl.h"
#include "common/SecureBytes.h"

#include <QCoreApplication>

#include <openssl/pem.h>
#include <openssl/rand.h>

namespace ccm::sandbox {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ccm::sandbox::TlsIdentity)
};

using NamePtr = std::unique_ptr<X509_NAME, ossl::Deleter<X509_NAME, X509_NAME_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, ossl::Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

Error opensslError(const QString& what)
{
    return Error{QStringLiteral("sandbox.tls"),
                 Texts::tr("The sandbox could not make its TLS certificate (%1).").arg(what), ossl::drainErrors()};
}

ossl::PkeyPtr newKey()
{
    return ossl::PkeyPtr(EVP_EC_gen("P-256"));
}

NamePtr makeName(const char* commonName)
{
    NamePtr name(X509_NAME_new());
    if (!name)
        return name;
    X509_NAME_add_entry_by_txt(name.get(), "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("CCM Sandbox"),
                               -1, -1, 0);
    X509_NAME_add_entry_by_txt(name.get(), "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName), -1,
                               -1, 0);
    return name;
}

bool addExtension(X509* certificate, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

/// issuer/issuerKey null: self-signed.
ossl::X509Ptr makeCertificate(EVP_PKEY* key, const X509_NAME* subject, X509* issuer, EVP_PKEY* issuerKey, bool ca,
                              const QDateTime& now)
{
    ossl::X509Ptr certificate(X509_new());
    if (!certificate)
        return {};
    X509* x = certificate.get();
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return {};
    serial[0] &= 0x7f; // positive
    using BnPtr = std::unique_ptr<BIGNUM, ossl::Deleter<BIGNUM, BN_free>>;
    const BnPtr number(BN_bin2bn(serial, sizeof serial, nullptr));
    const bool ok = X509_set_version(x, X509_VERSION_3) == 1 && number &&
                    BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(x)) &&
                    ASN1_TIME_set(X509_getm_notBefore(x), now.addSecs(-3600).toSecsSinceEpoch()) &&
                    ASN1_TIME_set(X509_getm_notAfter(x), now.addDays(30).toSecsSinceEpoch()) &&
                    X509_set_subject_name(x, subject) == 1 &&
                    X509_set_issuer_name(x, issuer ? X509_get_subject_name(issuer) : subject) == 1 &&
                    X509_set_pubkey(x, key) == 1;
    if (!ok)
        return {};
    X509* signer = issuer ? issuer : x;
    const bool extensions = ca ? addExtension(x, signer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") &&
                                     addExtension(x, signer, NID_key_usage, "critical,keyCertSign,cRLSign") &&
                                     addExtension(x, signer, NID_subject_key_identifier, "hash")
                               : addExtension(x, signer, NID_basic_constraints, "critical,CA:FALSE") &&
                                     addExtension(x, signer, NID_key_usage, "critical,digitalSignature") &&
                                     addExtension(x, signer, NID_ext_key_usage, "serverAuth") &&
                                     addExtension(x, signer, NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost") &&
                                     addExtension(x, signer, NID_subject_key_identifier, "hash") &&
                                     addExtension(x, signer, NID_authority_key_identifier, "keyid:always");
    if (!extensions || X509_sign(x, issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return {};
    return certificate;
}

QByteArray certificatePem(X509* certificate)
{
    ossl::BioPtr bio = ossl::memoryBio();
    PEM_write_bio_X509(bio.get(), certificate);
    return ossl::bioContents(bio.get());
}

} // namespace

QSslConfiguration TlsIdentity::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain({certificate, caCertificate});
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for a certificate
    return configuration;
}

Result<TlsIdentity> generateTlsIdentity(const QDateTime& now)
{
    ossl::clearErrors();
    const ossl::PkeyPtr caKey = newKey();
    const ossl::PkeyPtr serverKey = newKey();
    if (!caKey || !serverKey)
        return opensslError(QStringLiteral("key generation"));
    const NamePtr caName = makeName("CCM Sandbox Local CA");
    const NamePtr serverName = makeName("127.0.0.1");
    if (!caName || !serverName)
        return opensslError(QStringLiteral("names"));
    const ossl::X509Ptr ca = makeCertificate(caKey.get(), caName.get(), nullptr, nullptr, true, now);
    if (!ca)
        return opensslError(QStringLiteral("CA certificate"));
    const ossl::X509Ptr server = makeCertificate(serverKey.get(), serverName.get(), ca.get(), caKey.get(), false, now);
    if (!server)
        return opensslError(QStringLiteral("server certificate"));

    // The key goes to Qt as PEM; the buffer is wiped right after.
    ossl::BioPtr keyBio = ossl::memoryBio();
    if (PEM_write_bio_PrivateKey(keyBio.get(), serverKey.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return opensslError(QStringLiteral("key export"));
    QByteArray keyPem = ossl::bioContents(keyBio.get());
    TlsIdentity identity;
    identity.key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    wipe(keyPem);
    identity.caCertificate = QSslCertificate(certificatePem(ca.get()), QSsl::Pem);
    identity.certificate = QSslCertificate(certificatePem(server.get()), QSsl::Pem);
    if (identity.key.isNull() || identity.caCertificate.isNull() || identity.certificate.isNull())
        return opensslError(QStringLiteral("conversion for Qt"));
    return identity;
}

} // namespace ccm::sandbox
