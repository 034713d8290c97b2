#pragma once

#include "cloud/CloudError.h"
#include "cloud/Credentials.h"
#include "cloud/Endpoints.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace ccm::cloud {

struct ClockSkew;

/// IAM calls SCM needs: the account (domain) id of an AK, and a token for an IAM user password.
class IamClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTokenMarginSeconds = 600; ///< a cached token is renewed this long before it expires

    /// `skew` is the signing-clock correction shared with the SCM client (one is made when null).
    IamClient(QNetworkAccessManager* network, Endpoint endpoint, std::shared_ptr<const Clock> clock,
              std::shared_ptr<ClockSkew> skew = {}, QObject* parent = nullptr);

    /// Each call answers with its result and, when it failed, the typed form of the same failure (kind, HTTP
    /// status, service code, request id) for the SCM client to act on and pass on.
    using TokenCallback = std::function<void(Result<SecureBytes>, const CloudError& failure)>;
    using DomainIdCallback = std::function<void(Result<QString>, const CloudError& failure)>;

    /// X-Auth-Token for IamPassword credentials: POST /v3/auth/tokens, cached until expires_at minus the margin.
    void token(const Credentials& credentials, QObject* context, TokenCallback done);
    /// Account id for AK/SK credentials: signed GET /v3/auth/domains, cached per AK. A signature rejected for the
    /// clock is corrected from the answer's Date (shared with SCM calls) and signed again, once.
    void domainId(const Credentials& credentials, QObject* context, DomainIdCallback done);
    /// Aborts every call in flight; their callbacks get a Cancelled error.
    void abortAll();
    /// Forgets cached tokens and domain ids (tests; after credentials change).
    static void clearCaches();
    /// Drops the cached token of these credentials (the service said it expired).
    void forgetToken(const Credentials& credentials);

    int timeoutMs = 30000;

private:
    QString tokenKey(const Credentials& credentials) const;
    void requestDomainId(const Credentials& credentials, const QString& key, QPointer<QObject> context,
                         DomainIdCallback done);
    void track(QNetworkReply* reply);

    QNetworkAccessManager* m_network;
    Endpoint m_endpoint;
    std::shared_ptr<const Clock> m_clock;
    std::shared_ptr<ClockSkew> m_skew;
    QList<QPointer<QNetworkReply>> m_active;
};

} // namespace ccm::cloud
