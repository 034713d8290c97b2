#pragma once

#include "certificate/Certificate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ccm {

/// One subjectAltName entry.
struct SubjectAltName
{
    enum class Type {
        Dns,
        Ip,
        Email,
        Uri,
        Other,
    };
    Type type = Type::Dns;
    QString value;   ///< as written in the certificate (A-labels for IDN)
    QString display; ///< for people: IDN decoded to Unicode; otherwise equal to value
};

/// Everything the preview shows about one certificate, extracted once.
struct CertificateDetails
{
    Q_DECLARE_TR_FUNCTIONS(ccm::CertificateDetails)

public:
    QString subjectDn;
    QString subjectCn;
    QString issuerDn;
    QString issuerCn;
    QString serialHex; ///< upper-case, colon-free
    QDateTime notBefore;
    QDateTime notAfter;
    qint64 daysLeft = 0; ///< whole days from "now" to notAfter; negative when expired
    QList<SubjectAltName> subjectAltNames;
    QString publicKeyAlgorithm; ///< RSA, EC, SM2, Ed25519, …
    int publicKeyBits = 0;
    QString publicKeyCurve;       ///< P-256, P-384, P-521, SM2; empty for RSA
    QString signatureAlgorithm;   ///< e.g. sha256WithRSAEncryption, SM2-with-SM3
    QStringList keyUsage;         ///< e.g. digitalSignature, keyEncipherment
    QStringList extendedKeyUsage; ///< e.g. serverAuth
    bool hasBasicConstraints = false;
    bool isCa = false;
    int pathLength = -1;    ///< -1 when unlimited or absent
    QString subjectKeyId;   ///< hex with colons
    QString authorityKeyId; ///< hex with colons
    QStringList ocspUrls;
    QStringList caIssuerUrls;
    QStringList crlUrls;
    QString sha256; ///< upper-case hex with colons
    QString sha1;   ///< upper-case hex with colons (the console shows this one)
    bool selfSigned = false;

    /// The DNS names the certificate is valid for: SAN DNS entries, else the subject CN when it looks like a host.
    QStringList domainNames() const;
    /// True when the signature algorithm uses SHA-1 (or MD5).
    bool hasWeakSignatureHash() const;

    /// Extracts the details; "now" for daysLeft comes from the caller's clock.
    static CertificateDetails from(const Certificate& certificate, const QDateTime& now);
    QJsonObject toJson() const;
};

/// Upper-case hex of bytes with ':' between octets, as certificate viewers show fingerprints.
QString fingerprintText(const QByteArray& digest);
/// The Unicode form of a host name whose labels may be IDN A-labels ("xn--…").
QString decodeHostName(const QString& host);

} // namespace ccm
