#include "cloud/Endpoints.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace ccm::cloud {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ccm::cloud::Endpoints)
};

Region region(const char* id, const QString& label, const char* domain)
{
    const QString name = QString::fromLatin1(id);
    const QString suffix = QString::fromLatin1(domain);
    return {name, label, QUrl(QStringLiteral("https://scm.%1.%2").arg(name, suffix)),
            QUrl(QStringLiteral("https://iam.%1.%2").arg(name, suffix))};
}

bool isLoopback(const QString& host)
{
    const QHostAddress address(host);
    return address == QHostAddress(QHostAddress::LocalHost) || address == QHostAddress(QHostAddress::LocalHostIPv6);
}

} // namespace

QList<Region> regions()
{
    return {
        region("cn-north-4", Texts::tr("Chinese mainland (Beijing 4)"), "myhuaweicloud.com"),
        region("ap-southeast-1", Texts::tr("International (Hong Kong)"), "myhuaweicloud.com"),
        region("my-kualalumpur-1", Texts::tr("Kuala Lumpur"), "myhuaweicloud.com"),
        region("eu-west-101", Texts::tr("Europe (Dublin)"), "myhuaweicloud.eu"),
    };
}

QUrl globalIamEndpoint()
{
    return QUrl(QStringLiteral("https://iam.myhuaweicloud.com"));
}

Status checkEndpointUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Error{QStringLiteral("endpoint.invalid"),
                     Texts::tr("The endpoint \"%1\" is not a valid URL.").arg(url.toString()),
                     {},
                     ErrorCategory::Usage};
    if (url.hasQuery() || url.hasFragment())
        return Error{QStringLiteral("endpoint.invalid"),
                     Texts::tr("The endpoint \"%1\" must not have a query or fragment.").arg(url.toString()),
                     {},
                     ErrorCategory::Usage};
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http") && isLoopback(url.host()))
        return {};
    return Error{QStringLiteral("endpoint.insecure"),
                 Texts::tr("The endpoint \"%1\" must use https:// (plain http is only allowed for 127.0.0.1 and ::1).")
                     .arg(url.toString()),
                 {},
                 ErrorCategory::Usage};
}

Result<Endpoint> resolveEndpoint(const QString& regionId, const QUrl& customScm, const QUrl& customIam,
                                 const QString& caFile)
{
    Endpoint endpoint;
    endpoint.regionId = regionId;
    if (!caFile.isEmpty()) {
        endpoint.caCertificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (endpoint.caCertificates.isEmpty())
            return Error{QStringLiteral("endpoint.ca"),
                         Texts::tr("No CA certificate could be read from %1. Give a PEM file with the certificate "
                                   "of the CA that issued the endpoint's certificate.")
                             .arg(caFile),
                         {},
                         ErrorCategory::Input};
    }
    if (!regionId.isEmpty()) {
        bool found = false;
        for (const Region& r : regions()) {
            if (r.id == regionId) {
                endpoint.scm = r.scm;
                endpoint.iam = r.iam;
                found = true;
            }
        }
        if (!found && customScm.isEmpty())
            return Error{QStringLiteral("endpoint.region"),
                         Texts::tr("Unknown region \"%1\"; give an endpoint URL instead.").arg(regionId),
                         {},
                         ErrorCategory::Usage};
    }
    if (!customScm.isEmpty()) {
        endpoint.scm = customScm;
        // A custom SCM endpoint (sandbox, private cloud) usually serves IAM too, unless told otherwise.
        if (customIam.isEmpty() && regionId.isEmpty())
            endpoint.iam = customScm;
    }
    if (!customIam.isEmpty())
        endpoint.iam = customIam;
    if (endpoint.scm.isEmpty())
        return Error{QStringLiteral("endpoint.missing"),
                     Texts::tr("No endpoint: give a region or an endpoint URL."),
                     {},
                     ErrorCategory::Usage};
    if (endpoint.iam.isEmpty())
        endpoint.iam = globalIamEndpoint();
    if (auto ok = checkEndpointUrl(endpoint.scm); !ok)
        return ok.error();
    if (auto ok = checkEndpointUrl(endpoint.iam); !ok)
        return ok.error();
    return endpoint;
}

} // namespace ccm::cloud
