#include "cloud/ScmClient.h"

#include "cloud/HttpSupport.h"
#include "cloud/IamClient.h"
#include "common/Logging.h"
#include "history/ImportHistory.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

namespace ccm::cloud {

struct ScmClient::Call
{
    QByteArray method;
    QString path;  ///< below the SCM base URL, e.g. /v3/scm/certificates
    QString query; ///< encoded query, may be empty
    QByteArray body;
    int attempt = 1;
    bool tokenRenewed = false;

    ~Call() { wipe(body); }
};

namespace {

bool isLoopback(const QUrl& url)
{
    const QHostAddress address(url.host());
    return address.isLoopback();
}

/// An HTTP Date header ("Sun, 06 Nov 1994 08:49:37 GMT"); invalid when it is not one.
QDateTime parseHttpDate(const QByteArray& value)
{
    QDateTime time = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QString encodeQueryValue(const QString& value)
{
    return QString::fromLatin1(percentEncode(value.toUtf8()));
}

} // namespace

ScmClient::ScmClient(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    // The system proxy is honoured, except for the local sandbox, which a proxy could not reach.
    if (isLoopback(m_options.endpoint.scm) && isLoopback(m_options.endpoint.iam))
        m_network->setProxy(QNetworkProxy::NoProxy);
    else
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_iam = new IamClient(m_network, m_options.endpoint, m_options.clock, this);
    m_iam->timeoutMs = m_options.timeoutMs;
}

ScmClient::~ScmClient()
{
    cancelAll();
}

void ScmClient::cancelAll()
{
    const auto active = m_active;
    for (const auto& reply : active) {
        if (reply) {
            reply->setProperty(detail::kCancelledProperty, true);
            reply->abort();
        }
    }
}

void ScmClient::send(std::shared_ptr<Call> call, Done done)
{
    attempt(std::move(call), std::move(done));
}

void ScmClient::attempt(std::shared_ptr<Call> call, Done done)
{
    const Credentials& credentials = m_options.credentials;
    switch (credentials.kind) {
    case AuthKind::Token:
        transmit(call, {{QByteArrayLiteral("X-Auth-Token"), credentials.authToken.exposeCopy()}}, false,
                 std::move(done));
        return;
    case AuthKind::IamPassword:
        m_iam->token(credentials, this, [this, call, done](Result<SecureBytes> token) {
            if (!token) {
                m_lastError = m_iam->lastError();
                done(nullptr, m_lastError, false); // the SCM request never left
                return;
            }
            transmit(call, {{QByteArrayLiteral("X-Auth-Token"), token->exposeCopy()}}, false, done);
        });
        return;
    case AuthKind::AkSk:
    case AuthKind::TemporaryAkSk:
        m_iam->domainId(credentials, m_clockOffset, this, [this, call, done](Result<QString> domainId) {
            if (!domainId) {
                m_lastError = m_iam->lastError();
                done(nullptr, m_lastError, false);
                return;
            }
            QList<Header> headers{{QByteArrayLiteral("X-Domain-Id"), domainId->toLatin1()}};
            if (m_options.credentials.kind == AuthKind::TemporaryAkSk)
                headers.append(
                    {QByteArrayLiteral("X-Security-Token"), m_options.credentials.securityToken.exposeCopy()});
            transmit(call, headers, true, done);
        });
        return;
    }
}

void ScmClient::transmit(std::shared_ptr<Call> call, const QList<Header>& authHeaders, bool sign, Done done)
{
    QUrl url = detail::withPath(m_options.endpoint.scm, call->path);
    if (!call->query.isEmpty())
        url.setQuery(call->query, QUrl::StrictMode);
    QNetworkRequest request = detail::makeRequest(url, m_options.endpoint, m_options.timeoutMs);
    QList<Header> headers{{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    headers.append(authHeaders);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    if (sign) {
        detail::signInto(request, call->method, headers, call->body, m_options.credentials.accessKeyId,
                         m_options.credentials.secretKey, m_options.clock->now().addSecs(m_clockOffset));
    }
    ++m_requestsSent;
    QNetworkReply* reply = call->body.isEmpty() && call->method != "POST"
                               ? m_network->sendCustomRequest(request, call->method)
                               : m_network->sendCustomRequest(request, call->method, call->body);
    m_active.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, call, authHeaders, sign, done] {
        reply->deleteLater();
        m_active.removeAll(reply);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            Response response{status, reply->readAll(), reply->rawHeader(QByteArrayLiteral("X-Request-Id"))};
            done(&response, CloudError{}, true);
            return;
        }
        const CloudError error = detail::errorOf(reply);
        const QNetworkReply::NetworkError code = reply->error();
        const bool sent =
            !(status == 0 &&
              (code == QNetworkReply::ConnectionRefusedError || code == QNetworkReply::HostNotFoundError ||
               code == QNetworkReply::ProxyConnectionRefusedError || code == QNetworkReply::ProxyNotFoundError));
        m_lastError = error;

        // A rejected signature with a server Date far from our clock: correct the signing clock once and retry.
        if (error.kind == CloudErrorKind::Signature && sign && !m_skewCorrected) {
            const QDateTime serverTime = parseHttpDate(reply->rawHeader(QByteArrayLiteral("Date")));
            const QDateTime ours = m_options.clock->now().addSecs(m_clockOffset);
            if (serverTime.isValid() && qAbs(ours.secsTo(serverTime)) > 60) {
                m_skewCorrected = true;
                m_clockOffset += ours.secsTo(serverTime);
                qCInfo(lcCloud) << "clock skew of" << m_clockOffset << "s corrected from the server's Date header";
                transmit(call, authHeaders, sign, done);
                return;
            }
        }
        // A cached IAM token the service no longer accepts: get a new one, once.
        if (error.kind == CloudErrorKind::TokenExpired && m_options.credentials.kind == AuthKind::IamPassword &&
            !call->tokenRenewed) {
            call->tokenRenewed = true;
            m_iam->forgetToken(m_options.credentials);
            attempt(call, done);
            return;
        }
        if (m_options.retry.shouldRetry(error, sent, call->attempt)) {
            const int delay = m_options.retry.delayMs(call->attempt);
            ++call->attempt;
            qCInfo(lcCloud) << "retrying after" << delay << "ms:" << error.errorCode << error.networkDetail;
            QTimer::singleShot(delay, this, [this, call, done] { attempt(call, done); });
            return;
        }
        done(nullptr, error, sent);
    });
}

void ScmClient::importCertificate(ImportRequest request, QObject* context,
                                  std::function<void(Result<ImportResult>)> done)
{
    auto shared = std::make_shared<ImportRequest>(std::move(request));
    QPointer<QObject> guard(context);
    if (shared->allowDuplicate || shared->fingerprint.isEmpty()) {
        postImport(shared, false, guard, std::move(done));
        return;
    }
    findExisting(shared, false, guard, [this, shared, guard, done](Result<QString> existing) {
        if (!guard)
            return;
        if (!existing) {
            done(existing.error());
            return;
        }
        if (!existing->isEmpty()) {
            done(ImportResult{*existing, {}, *existing, false});
            return;
        }
        postImport(shared, false, guard, done);
    });
}

void ScmClient::postImport(std::shared_ptr<ImportRequest> request, bool resent, QPointer<QObject> context,
                           std::function<void(Result<ImportResult>)> done)
{
    auto call = std::make_shared<Call>();
    call->method = QByteArrayLiteral("POST");
    call->path = QStringLiteral("/v3/scm/certificates/import");
    call->body = request->body.exposeCopy();
    send(call, [this, request, resent, context, done](const Response* response, const CloudError& error, bool sent) {
        if (!context)
            return;
        CloudError failure = error;
        if (response) {
            const QString id =
                QJsonDocument::fromJson(response->body).object().value(QLatin1String("certificate_id")).toString();
            if (!id.isEmpty()) {
                done(ImportResult{id, QString::fromLatin1(response->requestId), {}, false});
                return;
            }
            failure = CloudError::malformed(response->status, response->requestId,
                                            QStringLiteral("no certificate_id in the answer"));
            m_lastError = failure;
        }
        if (failure.kind == CloudErrorKind::Duplicate && !request->allowDuplicate && !request->fingerprint.isEmpty()) {
            // The service already holds this certificate (created since our lookup, or by a lost earlier answer).
            findExisting(request, false, context, [done, failure](Result<QString> existing) {
                if (existing.ok() && !existing->isEmpty())
                    done(ImportResult{*existing, failure.requestId, *existing, false});
                else
                    done(failure.toError());
            });
            return;
        }
        const bool ambiguous = failure.kind == CloudErrorKind::Malformed || failure.kind == CloudErrorKind::Timeout ||
                               (failure.kind == CloudErrorKind::Unreachable && sent);
        if (!ambiguous || resent) {
            done(failure.toError());
            return;
        }
        // The request may have been carried out: look the certificate up before sending it again.
        qCInfo(lcCloud) << "import answer lost; looking the certificate up before any re-send";
        findExisting(request, true, context, [this, request, context, done, failure](Result<QString> existing) {
            if (!context)
                return;
            if (!existing) {
                done(failure.toError());
                return;
            }
            if (!existing->isEmpty()) {
                done(ImportResult{*existing, {}, {}, true});
                return;
            }
            postImport(request, true, context, done);
        });
    });
}

void ScmClient::findExisting(std::shared_ptr<ImportRequest> request, bool requireName, QPointer<QObject> context,
                             std::function<void(Result<QString>)> done)
{
    struct Search
    {
        QStringList terms;
        QStringList candidates;
    };
    auto search = std::make_shared<Search>();
    if (!request->name.isEmpty())
        search->terms << request->name;
    if (!requireName && !request->domain.isEmpty() && request->domain != request->name)
        search->terms << request->domain;
    const QString fingerprint = history::normalizeFingerprint(request->fingerprint);

    auto checkCandidates = std::make_shared<std::function<void()>>();
    auto nextTerm = std::make_shared<std::function<void()>>();
    // Each function refers to itself weakly; the pending network callbacks hold the strong references.
    *checkCandidates = [this, search, fingerprint, context, done, self = std::weak_ptr(checkCandidates)] {
        if (search->candidates.isEmpty()) {
            done(QString());
            return;
        }
        const QString id = search->candidates.takeFirst();
        showCertificate(id, context, [id, fingerprint, done, checkCandidates = self.lock()](Result<QJsonObject> shown) {
            if (!shown) {
                done(shown.error());
                return;
            }
            if (history::normalizeFingerprint(shown->value(QLatin1String("fingerprint")).toString()) == fingerprint) {
                done(id);
                return;
            }
            (*checkCandidates)();
        });
    };
    *nextTerm = [this, search, request, requireName, context, done, self = std::weak_ptr(nextTerm), checkCandidates] {
        if (search->terms.isEmpty()) {
            (*checkCandidates)();
            return;
        }
        ListQuery query;
        query.limit = 100;
        query.content = search->terms.takeFirst();
        listCertificates(query, context,
                         [search, request, requireName, done, nextTerm = self.lock()](Result<CertificatePage> page) {
                             if (!page) {
                                 done(page.error());
                                 return;
                             }
                             for (const QJsonObject& c : page->certificates) {
                                 const QString id = c.value(QLatin1String("id")).toString();
                                 if (requireName && c.value(QLatin1String("name")).toString() != request->name)
                                     continue;
                                 if (!search->candidates.contains(id))
                                     search->candidates << id;
                             }
                             (*nextTerm)();
                         });
    };
    (*nextTerm)();
}

void ScmClient::listCertificates(const ListQuery& query, QObject* context,
                                 std::function<void(Result<CertificatePage>)> done)
{
    auto call = std::make_shared<Call>();
    call->method = QByteArrayLiteral("GET");
    call->path = QStringLiteral("/v3/scm/certificates");
    QStringList parts{QStringLiteral("limit=%1").arg(query.limit), QStringLiteral("offset=%1").arg(query.offset)};
    const auto add = [&parts](const char* name, const QString& value) {
        if (!value.isEmpty())
            parts << QLatin1String(name) + QLatin1Char('=') + encodeQueryValue(value);
    };
    add("content", query.content);
    add("enterprise_project_id", query.enterpriseProjectId);
    add("sort_key", query.sortKey);
    add("sort_dir", query.sortDir);
    add("status", query.status);
    call->query = parts.join(QLatin1Char('&'));
    QPointer<QObject> guard(context);
    send(call, [this, guard, done](const Response* response, const CloudError& error, bool) {
        if (!guard)
            return;
        if (!response) {
            done(error.toError());
            return;
        }
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(response->body, &parseError);
        if (!document.isObject()) {
            m_lastError = CloudError::malformed(response->status, response->requestId, parseError.errorString());
            done(m_lastError.toError());
            return;
        }
        CertificatePage page;
        for (const auto& value : document.object().value(QLatin1String("certificates")).toArray())
            page.certificates.append(value.toObject());
        page.totalCount = document.object().value(QLatin1String("total_count")).toInt();
        page.requestId = QString::fromLatin1(response->requestId);
        done(page);
    });
}

void ScmClient::showCertificate(const QString& id, QObject* context, std::function<void(Result<QJsonObject>)> done)
{
    auto call = std::make_shared<Call>();
    call->method = QByteArrayLiteral("GET");
    call->path = QStringLiteral("/v3/scm/certificates/") + encodeQueryValue(id);
    QPointer<QObject> guard(context);
    send(call, [this, guard, done](const Response* response, const CloudError& error, bool) {
        if (!guard)
            return;
        if (!response) {
            done(error.toError());
            return;
        }
        const QJsonDocument document = QJsonDocument::fromJson(response->body);
        if (!document.isObject()) {
            m_lastError =
                CloudError::malformed(response->status, response->requestId, QStringLiteral("not a JSON object"));
            done(m_lastError.toError());
            return;
        }
        done(document.object());
    });
}

void ScmClient::deleteCertificate(const QString& id, QObject* context, std::function<void(Result<QString>)> done)
{
    auto call = std::make_shared<Call>();
    call->method = QByteArrayLiteral("DELETE");
    call->path = QStringLiteral("/v3/scm/certificates/") + encodeQueryValue(id);
    QPointer<QObject> guard(context);
    send(call, [guard, done](const Response* response, const CloudError& error, bool) {
        if (!guard)
            return;
        if (!response) {
            done(error.toError());
            return;
        }
        done(QString::fromLatin1(response->requestId));
    });
}

} // namespace ccm::cloud
