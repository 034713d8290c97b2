#pragma once

#include "common/Result.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace ccm::cloud {

/// One site of the region catalogue: the SCM and IAM endpoints that serve it.
struct Region
{
    QString id;    ///< e.g. "ap-southeast-1"
    QString label; ///< translated site name
    QUrl scm;
    QUrl iam;
};

/// Where requests go: SCM and IAM base URLs, and an optional extra CA file trusted for them.
struct Endpoint
{
    QUrl scm;
    QUrl iam;
    /// Extra CA certificates trusted for these endpoints (private clouds, tests), read once from the profile's CA
    /// file by resolveEndpoint(); empty: the system store only.
    QList<QSslCertificate> caCertificates;
    /// The region these endpoints serve when the user named one (catalogue or profile); empty when unknown.
    QString regionId;
};

/// The region catalogue of the vendor docs.
QList<Region> regions();
/// The IAM endpoint used when a region has none of its own.
QUrl globalIamEndpoint();
/// Checks a base URL: https, or http only for 127.0.0.1 / ::1; no query or fragment.
Status checkEndpointUrl(const QUrl& url);
/// The endpoint for a region id, or a custom SCM (and optionally IAM) URL; custom URLs win.
Result<Endpoint> resolveEndpoint(const QString& regionId, const QUrl& customScm = {}, const QUrl& customIam = {},
                                 const QString& caFile = {});

} // namespace ccm::cloud
