#pragma once

#include "certificate/OpenSsl.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <memory>

namespace ccm {

class PrivateKey;

/// One X.509 certificate. Cheap to copy: copies share the same immutable OpenSSL object.
class Certificate
{
public:
    Certificate() = default;
    /// Takes ownership of an X509 object.
    explicit Certificate(ossl::X509Ptr x509);
    /// Parses one DER-encoded certificate; the whole input must be used. Null on failure.
    static Certificate fromDer(QByteArrayView der);

    bool isNull() const { return !m_x509; }
    X509* x509() const { return m_x509.get(); }

    /// PEM with "\n" line ends and a final newline.
    QByteArray toPem() const;

    QString subjectDn() const;
    QString issuerDn() const;
    QString subjectCommonName() const;
    QString issuerCommonName() const;
    /// The most telling short name: the subject CN, else the whole subject DN.
    QString displayName() const;
    QDateTime notBefore() const;
    QDateTime notAfter() const;

    /// Subject and issuer names are equal and the certificate's signature verifies with its own key.
    bool isSelfSigned() const;
    /// basicConstraints says CA:TRUE.
    bool isCa() const;
    /// Names (and key identifiers, if present) say `issuer` issued this certificate.
    bool namesIssuer(const Certificate& issuer) const;
    /// This certificate's signature verifies with `issuer`'s public key.
    bool signatureVerifiedBy(const Certificate& issuer) const;
    /// The public key in this certificate belongs to `key`.
    bool matches(const PrivateKey& key) const;

    QByteArray sha256() const;
    QByteArray sha1() const;

    /// Same DER bytes.
    bool operator==(const Certificate& other) const;

private:
    std::shared_ptr<X509> m_x509;
};

/// Reads a validity time into UTC.
QDateTime asn1TimeToDateTime(const ASN1_TIME* time);
/// One-line distinguished name, most specific first, UTF-8 kept as is (e.g. "CN=www.example.test, O=Example").
QString nameToString(const X509_NAME* name);
/// The last CN entry of a name, or empty.
QString commonNameOf(const X509_NAME* name);

} // namespace ccm

Q_DECLARE_METATYPE(ccm::Certificate)
