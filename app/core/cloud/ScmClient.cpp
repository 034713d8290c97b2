// ScmClient's transport (send, transmit with signing, token renewal and retries) and the import's exactly-once
// handling (postImport, recover). The account calls (list, show, push, delete) are in ScmCalls.cpp; the list
// paging and the lookups built on it in ScmLookup.cpp.

#include "cloud/ScmClient.h"

#include "cloud/HttpSupport.h"
#include "cloud/IamClient.h"
#include "cloud/ScmClientInternal.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

#include <utility>

namespace ccm::cloud {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ccm::cloud::ScmClient)
};

bool isLoopback(const QUrl& url)
{
    const QHostAddress address(url.host());
    return address.isLoopback();
}

/// Whether an import that failed this way may nevertheless have been stored: only a lookup can tell.
bool outcomeUnknown(const CloudError& error, bool sent)
{
    if (!sent)
        return false;
    switch (error.kind) {
    case CloudErrorKind::Timeout:
    case CloudErrorKind::Malformed:
    case CloudErrorKind::Unreachable: // connection closed or reset after sending began (also ContentReSendError)
        return true;
    default:
        break;
    }
    if (error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504)
        return true; // the gateway's "backend unavailable / timed out" (APIG.0201) says nothing about the backend
    return error.httpStatus == 500 && !error.errorCode.startsWith(QLatin1String("SCM."));
}

} // namespace

/// The headers that carry credentials (tokens, the account id) for one call. Qt copies header values into its own
/// request structures, which share these buffers; they are overwritten once the call and any re-send of it are done
/// (the last owner goes), so no token stays readable in memory longer than the call needs it.
struct ScmClient::AuthHeaders
{
    explicit AuthHeaders(QList<Header> values)
        : headers(std::move(values))
    {}
    AuthHeaders(const AuthHeaders&) = delete; // a copy would share the buffers the destructor overwrites
    AuthHeaders& operator=(const AuthHeaders&) = delete;

    QList<Header> headers;

    ~AuthHeaders()
    {
        for (auto& header : headers)
            wipe(header.second);
    }
};

ScmClient::ScmClient(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
    , m_skew(std::make_shared<ClockSkew>())
{
    // The system proxy is honoured, except for the local sandbox, which a proxy could not reach.
    if (isLoopback(m_options.endpoint.scm) && isLoopback(m_options.endpoint.iam))
        m_network->setProxy(QNetworkProxy::NoProxy);
    else
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_iam = new IamClient(m_network, m_options.endpoint, m_options.clock, m_skew, this);
    m_iam->timeoutMs = m_options.timeoutMs;
}

ScmClient::~ScmClient()
{
    cancelAll();
}

qint64 ScmClient::clockOffsetSeconds() const
{
    return m_skew->offset;
}

CloudError ScmClient::cancelledError()
{
    CloudError error;
    error.kind = CloudErrorKind::Cancelled;
    return error;
}

void ScmClient::accountId(QObject* context, std::function<void(Result<QString>)> done)
{
    const Credentials& credentials = m_options.credentials;
    if (!credentials.domainId.isEmpty() ||
        (credentials.kind != AuthKind::AkSk && credentials.kind != AuthKind::TemporaryAkSk)) {
        done(credentials.domainId);
        return;
    }
    m_iam->domainId(credentials, context,
                    [done = std::move(done)](Result<QString> id, const CloudError&) { done(std::move(id)); });
}

void ScmClient::cancelAll()
{
    m_cancelled = true;
    const auto waits = std::exchange(m_waits, {});
    for (const PendingWait& pending : waits) {
        pending.timer->stop();
        pending.timer->deleteLater();
        pending.cancelled();
    }
    m_iam->abortAll();
    const auto active = m_active;
    for (const auto& reply : active) {
        if (reply) {
            reply->setProperty(detail::kCancelledProperty, true);
            reply->abort();
        }
    }
}

void ScmClient::wait(int ms, std::function<void()> then, std::function<void()> cancelled)
{
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // a Retry-After is a lower bound; a coarse timer may fire 5 % early
    m_waits.append({timer, std::move(cancelled)});
    connect(timer, &QTimer::timeout, this, [this, timer, then = std::move(then)] {
        m_waits.removeIf([timer](const PendingWait& pending) { return pending.timer == timer; });
        timer->deleteLater();
        then();
    });
    timer->start(ms);
}

void ScmClient::send(std::shared_ptr<Call> call, Done done)
{
    if (m_cancelled) {
        done(nullptr, cancelledError(), false);
        return;
    }
    const Credentials& credentials = m_options.credentials;
    switch (credentials.kind) {
    case AuthKind::Token:
        transmit(call,
                 std::make_shared<AuthHeaders>(
                     QList<Header>{{QByteArrayLiteral("X-Auth-Token"), credentials.authToken.exposeCopy()}}),
                 false, std::move(done));
        return;
    case AuthKind::IamPassword:
        m_iam->token(credentials, this, [this, call, done](Result<SecureBytes> token, const CloudError& failure) {
            if (!token) {
                done(nullptr, failure, false); // the SCM request never left
                return;
            }
            transmit(
                call,
                std::make_shared<AuthHeaders>(QList<Header>{{QByteArrayLiteral("X-Auth-Token"), token->exposeCopy()}}),
                false, done);
        });
        return;
    case AuthKind::AkSk:
    case AuthKind::TemporaryAkSk:
        m_iam->domainId(credentials, this, [this, call, done](Result<QString> domainId, const CloudError& failure) {
            if (!domainId) {
                done(nullptr, failure, false);
                return;
            }
            QList<Header> headers{{QByteArrayLiteral("X-Domain-Id"), domainId->toLatin1()}};
            if (m_options.credentials.kind == AuthKind::TemporaryAkSk)
                headers.append(
                    {QByteArrayLiteral("X-Security-Token"), m_options.credentials.securityToken.exposeCopy()});
            transmit(call, std::make_shared<AuthHeaders>(std::move(headers)), true, done);
        });
        return;
    }
}

void ScmClient::transmit(std::shared_ptr<Call> call, std::shared_ptr<const AuthHeaders> authHeaders, bool sign,
                         Done done)
{
    if (m_cancelled) {
        done(nullptr, cancelledError(), false);
        return;
    }
    QUrl url = detail::withPath(m_options.endpoint.scm, call->path);
    if (!call->query.isEmpty())
        url.setQuery(call->query, QUrl::StrictMode);
    QNetworkRequest request = detail::makeRequest(url, m_options.endpoint, m_options.timeoutMs);
    QList<Header> headers{{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    headers.append(authHeaders->headers);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    if (sign) {
        detail::signInto(request, call->method, headers, call->body, m_options.credentials.accessKeyId,
                         m_options.credentials.secretKey, m_options.clock->now().addSecs(m_skew->offset));
    }
    ++m_requestsSent;
    QNetworkReply* reply = nullptr;
    if (call->oneShot) {
        QIODevice* body = detail::oneShotBody(request, call->body);
        reply = m_network->sendCustomRequest(request, call->method, body);
        body->setParent(reply);
    } else if (call->body.isEmpty() && call->method != "POST") {
        reply = m_network->sendCustomRequest(request, call->method);
    } else {
        reply = m_network->sendCustomRequest(request, call->method, call->body);
    }
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
        if (error.kind == CloudErrorKind::Cancelled) {
            done(nullptr, error, sent);
            return;
        }

        // A rejected signature with a server Date far from our clock: correct the signing clock once and retry
        // (the gateway checks the signature before anything else, so nothing was carried out).
        if (error.kind == CloudErrorKind::Signature && sign && m_skew->learnFrom(reply, m_options.clock->now())) {
            transmit(call, authHeaders, sign, done);
            return;
        }
        // A cached IAM token the service no longer accepts: get a new one, once.
        if (error.kind == CloudErrorKind::TokenExpired && m_options.credentials.kind == AuthKind::IamPassword &&
            !call->tokenRenewed) {
            call->tokenRenewed = true;
            m_iam->forgetToken(m_options.credentials);
            send(call, done);
            return;
        }
        if (!m_options.retry.shouldRetry(error, sent, call->attempt)) {
            done(nullptr, error, sent);
            return;
        }
        int delay = m_options.retry.delayMs(call->attempt);
        if (error.kind == CloudErrorKind::Throttled) {
            const int asked = detail::retryAfterSeconds(reply, m_options.clock->now());
            if (asked >= 0) {
                if (qint64(asked) * 1000 > m_options.retry.maxRetryAfterMs) {
                    CloudError tooLong = error;
                    tooLong.errorMsg =
                        Texts::tr("The service asked to wait %n second(s) before the next request.", nullptr, asked);
                    done(nullptr, tooLong, sent);
                    return;
                }
                delay = asked * 1000;
            }
        }
        ++call->attempt;
        qCInfo(lcCloud) << "retrying after" << delay << "ms:" << error.errorCode << error.networkDetail;
        const int seconds = (delay + 999) / 1000;
        Q_EMIT progress(
            error.kind == CloudErrorKind::Throttled
                ? Texts::tr("The service is throttling requests; trying again in %n second(s)…", nullptr, seconds)
                : Texts::tr("The endpoint cannot be reached; trying again in %n second(s)…", nullptr, seconds));
        wait(
            delay, [this, call, done] { send(call, done); },
            [this, done, sent] { done(nullptr, cancelledError(), sent); });
    });
}

void ScmClient::importCertificate(ImportRequest request, QObject* context,
                                  std::function<void(Result<ImportResult>)> done)
{
    auto run = std::make_shared<ImportRun>();
    run->request = std::move(request);
    run->context = context;
    run->done = std::move(done);
    if (run->request.fingerprint.isEmpty()) {
        postImport(run);
        return;
    }
    if (!run->request.allowDuplicate) {
        findExisting(run, [this, run](Result<QString> existing) {
            if (!existing) {
                run->done(existing.error());
                return;
            }
            if (!existing->isEmpty()) {
                run->done(ImportResult{*existing, {}, *existing, false, 0});
                return;
            }
            postImport(run);
        });
        return;
    }
    // Duplicates allowed: remember which copies with this name exist now, so that after a lost answer the copy
    // this import made can be told apart from older ones.
    ListQuery query;
    query.content = run->request.name;
    listAll(query, run->context, [this, run](Result<CertificateList> list) {
        if (!list) {
            run->done(list.error());
            return;
        }
        for (const QJsonObject& entry : list->certificates)
            run->before.insert(entry.value(QLatin1String("id")).toString());
        postImport(run);
    });
}

void ScmClient::postImport(std::shared_ptr<ImportRun> run)
{
    auto call = std::make_shared<Call>();
    call->method = QByteArrayLiteral("POST");
    call->path = QStringLiteral("/v3/scm/certificates/import");
    call->body = run->request.body.exposeCopy();
    call->oneShot = true;
    ++run->posts;
    send(call, [this, run](const Response* response, const CloudError& error, bool sent) {
        if (!run->context)
            return;
        CloudError failure = error;
        if (response) {
            const QString id =
                QJsonDocument::fromJson(response->body).object().value(QLatin1String("certificate_id")).toString();
            if (!id.isEmpty()) {
                run->done(ImportResult{id, QString::fromLatin1(response->requestId), {}, false, run->posts});
                return;
            }
            failure = CloudError::malformed(response->status, response->requestId,
                                            QStringLiteral("no certificate_id in the answer"));
        }
        const ImportRequest& request = run->request;
        if (failure.kind == CloudErrorKind::Duplicate && !request.allowDuplicate && !request.fingerprint.isEmpty()) {
            // Already there: created since our lookup, or by an earlier request of this run whose answer was lost.
            findExisting(run, [run, failure](Result<QString> existing) {
                if (!existing.ok() || existing->isEmpty()) {
                    run->done(failure.toError());
                    return;
                }
                if (run->ambiguous)
                    run->done(ImportResult{*existing, failure.requestId, {}, true, run->posts});
                else
                    run->done(ImportResult{*existing, failure.requestId, *existing, false, run->posts});
            });
            return;
        }
        if (!outcomeUnknown(failure, sent)) {
            run->done(failure.toError());
            return;
        }
        run->ambiguous = true;
        recover(run, failure);
    });
}

void ScmClient::recover(std::shared_ptr<ImportRun> run, const CloudError& failure)
{
    if (run->request.fingerprint.isEmpty()) {
        run->done(CloudError::outcomeUnknown(failure, {}).toError());
        return;
    }
    // The request may have been carried out: look the certificate up before deciding to send it again.
    qCInfo(lcCloud) << "import answer lost (" << failure.httpStatus << failure.errorCode << failure.networkDetail
                    << "); looking the certificate up before any re-send";
    Q_EMIT progress(Texts::tr("The answer was lost; checking whether \"%1\" arrived…").arg(run->request.name));
    findOwnCopy(run, [this, run, failure](Result<QString> found) {
        if (!run->context)
            return;
        if (!found) {
            run->done(m_cancelled ? cancelledError().toError()
                                  : CloudError::outcomeUnknown(failure, found.error().message).toError());
            return;
        }
        if (!found->isEmpty()) {
            run->done(ImportResult{*found, {}, {}, true, run->posts});
            return;
        }
        if (run->posts >= m_options.maxImportPosts) {
            run->done(CloudError::outcomeUnknown(failure, {}).toError());
            return;
        }
        Q_EMIT progress(Texts::tr("It did not arrive; sending \"%1\" again…").arg(run->request.name));
        postImport(run);
    });
}

} // namespace ccm::cloud
