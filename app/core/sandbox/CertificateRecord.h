#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ccm::sandbox {

/// What the sandbox keeps of an imported certificate: metadata only.
///
/// The certificate's private key (and even its PEM) is deliberately not kept, in memory or in the state file: the
/// sandbox is a demo whose state file may be left anywhere, and nothing it answers needs more than this.
struct CertificateRecord
{
    QString id;   ///< "scs" + 13 digits
    QString name; ///< as imported
    QString domain;
    QStringList domainNames; ///< every DNS name, the first is `domain`
    QString signatureAlgorithm;
    QString sha1;   ///< 40 lower-case hex digits, as the service's `fingerprint`
    QString sha256; ///< 64 lower-case hex digits; the sandbox's own duplicate check (never sent: the API has none)
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QDateTime created;
    QString enterpriseProjectId;

    int wildcardCount() const;
    QString domainType() const; ///< SINGLE_DOMAIN, MULTI_DOMAIN or WILDCARD

    /// The object of GET /v3/scm/certificates (list entries).
    QJsonObject toListJson() const;
    /// The object of GET /v3/scm/certificates/{id}: exactly the documented fields (`fingerprint` is the SHA-1).
    QJsonObject toShowJson() const;

    /// The state file's form.
    QJsonObject toStateJson() const;
    static Result<CertificateRecord> fromStateJson(const QJsonObject& object);
};

/// The service's time format in certificate objects: "2044-01-01 00:00:00.0" (UTC).
QString serviceTime(const QDateTime& time);

/// Reads a state file written by saveState(); a missing file is an empty state.
Result<QList<CertificateRecord>> loadState(const QString& path);
/// Writes the records atomically (QSaveFile).
Status saveState(const QString& path, const QList<CertificateRecord>& records);

} // namespace ccm::sandbox
