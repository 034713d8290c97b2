#pragma once

#include "cloud/CloudError.h"
#include "cloud/Credentials.h"
#include "cloud/Endpoints.h"
#include "cloud/RetryPolicy.h"
#include "cloud/ScmContract.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ccm::cloud {

class IamClient;
struct ClockSkew;

/// An import as the client sends it: the exact JSON body plus what finding the certificate again needs.
struct ImportRequest
{
    SecureBytes body;            ///< JSON body from buildImportBody() (holds the private key)
    QString name;                ///< the "name" field of the body
    QString domain;              ///< the leaf's first domain, for the lookup by domain
    QStringList domains;         ///< every DNS name of the leaf (list entries naming none of them are not shown)
    QString fingerprint;         ///< SHA-1 of the leaf, hex (colons and case do not matter): what show returns
    QDateTime notAfter;          ///< the leaf's expiry (list entries expiring on another day are not shown)
    bool allowDuplicate = false; ///< no lookup for an existing copy first (the body says duplicate_check: true)
};

/// What an import ended in.
struct ImportResult
{
    QString certificateId;
    QString requestId;
    QString duplicateOf;    ///< set when an existing copy was found and nothing was imported
    bool recovered = false; ///< an answer was lost, and a lookup found the certificate this import created
    int posts = 0;          ///< import requests this run put on the wire (more than 1: an answer was lost and the
                            ///< lookup showed that request had not arrived)
};

/// A certificate of the account that a newer import renews: same domains, earlier expiry.
struct RenewedCertificate
{
    QString id;
    QString name;
    QString expireTime; ///< as the service formats it, e.g. "2026-01-01 00:00:00.0"
    QDateTime expires;  ///< the same, read as UTC (invalid when unreadable)
};

/// `expire_time` of a list entry ("2044-01-01 00:00:00.0") as UTC; invalid when it is not in that form.
QDateTime parseServiceTime(const QString& text);
/// Every DNS name a list or show entry names (`domain` and `sans`), lower case.
QStringList entryDomains(const QJsonObject& entry);

/// Where a certificate is pushed: one cloud service, one or more target regions (projects).
struct PushRequest
{
    QString service;      ///< CDN, WAF or ELB
    QStringList projects; ///< region names, e.g. cn-north-4; more than one goes through batch-push
};

/// One page of the list call: filter and paging, with only the documented values (cloud::contract).
struct ListQuery
{
    int limit = contract::kDefaultLimit; ///< 10, 20 or 50
    int offset = 0;                      ///< 0 … 100
    QString content;                     ///< name or domain keyword
    QString enterpriseProjectId;         ///< "all", "0" or a project id
    QString sortKey;                     ///< certExpiredTime, certStatus or certUpdateTime
    QString sortDir;                     ///< ASC or DESC
    QString status;                      ///< ALL, UPLOAD, EXPIRED, …

    /// The query's parameters in the order they are sent (empty strings left out).
    QList<std::pair<QString, QString>> items() const;
};

/// One page of the list call.
struct CertificatePage
{
    QList<QJsonObject> certificates;
    int totalCount = 0;
    QString requestId;
};

/// Every certificate a filter matches, gathered page by page.
struct CertificateList
{
    QList<QJsonObject> certificates;
    int totalCount = 0;   ///< what the service says matches
    bool complete = true; ///< false when the documented paging could not reach them all (see listAll())
};

/// Signed SCM calls over QNetworkAccessManager: import (exactly once), list, show, delete. Asynchronous; answers
/// through callbacks that are dropped when their context object is gone.
///
/// An import is never re-sent by the transport (see detail::oneShotBody()); when its outcome is unknown (the
/// connection dropped or timed out after sending began, 502/503/504, a 500 without an SCM code, an answer that
/// cannot be read) the client looks the certificate up before it decides, alone, to send it again.
class ScmClient : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        Endpoint endpoint;
        Credentials credentials;
        std::shared_ptr<const Clock> clock = Clock::system();
        RetryPolicy retry;
        int timeoutMs = 30000;  ///< transfer timeout: no bytes for this long ends the call
        int maxImportPosts = 3; ///< import requests one importCertificate() may send, lookups in between
    };

    explicit ScmClient(Options options, QObject* parent = nullptr);
    ~ScmClient() override;

    /// Imports unless an identical certificate is already there (then reports its id as duplicateOf).
    void importCertificate(ImportRequest request, QObject* context, std::function<void(Result<ImportResult>)> done);
    /// One page. A query outside the documented values is refused without sending (code cloud.invalid-query).
    void listCertificates(const ListQuery& query, QObject* context, std::function<void(Result<CertificatePage>)> done);
    /// The account (domain) id the credentials act for: the configured one, or for an AK without one the id IAM
    /// reports (the call every signed request needs first, so it is answered from the cache after one); empty for
    /// token and password credentials without a configured id.
    void accountId(QObject* context, std::function<void(Result<QString>)> done);
    /// Every page of a filter, with documented values only: pages of 50 at offsets 0, 50 and 100, then (offset
    /// ends at 100) the same from the other end of the sort order, which reaches 300 certificates; beyond that the
    /// result says it is incomplete. `query`'s limit and offset are ignored.
    void listAll(const ListQuery& query, QObject* context, std::function<void(Result<CertificateList>)> done);
    void showCertificate(const QString& id, QObject* context, std::function<void(Result<QJsonObject>)> done);
    /// Deletes; the value is the request id.
    void deleteCertificate(const QString& id, QObject* context, std::function<void(Result<QString>)> done);
    /// The account's other certificates for exactly the domains `domains` (as a set) that expire before
    /// `notAfter`: what a new certificate renews. Soonest first; `exceptId` (the new one) is never among them.
    void findRenewed(const QStringList& domains, const QDateTime& notAfter, const QString& exceptId, QObject* context,
                     std::function<void(Result<QList<RenewedCertificate>>)> done);
    /// Pushes to a cloud service (POST …/push for one region, …/batch-push for several); the value is the request
    /// id. Refused without sending for a service other than CDN, WAF, ELB, no region, or an endpoint region where
    /// push is not available (code cloud.push-unavailable).
    void pushCertificate(const QString& id, const PushRequest& push, QObject* context,
                         std::function<void(Result<QString>)> done);
    /// Ends everything at once: calls in flight (SCM and IAM) are aborted, backoff waits end, and nothing is sent
    /// afterwards by this client; every pending callback gets a Cancelled error.
    void cancelAll();

    /// Seconds added to the local clock when signing, learned once from a rejected request's Date header.
    qint64 clockOffsetSeconds() const;
    /// Requests put on the wire so far (retries included).
    int requestsSent() const { return m_requestsSent; }

Q_SIGNALS:
    /// A step the user may want to see (translated): waiting out throttling, looking a certificate up after a lost
    /// answer, sending again.
    void progress(const QString& message);

private:
    struct Call;
    struct ImportRun;
    struct Response
    {
        int status = 0;
        QByteArray body;
        QByteArray requestId;
    };
    using Done = std::function<void(const Response* response, const CloudError& error, bool sent)>;

    void send(std::shared_ptr<Call> call, Done done);
    /// The JSON object a list or show call answered: the call's error without an answer, a malformed-answer error
    /// when the body is not a JSON object.
    static Result<QJsonObject> answerObject(const Response* response, const CloudError& error);
    /// Sends a call whose answer is only its request id (push, delete).
    void sendForRequestId(std::shared_ptr<Call> call, QObject* context, std::function<void(Result<QString>)> done);
    struct AuthHeaders;
    void transmit(std::shared_ptr<Call> call, std::shared_ptr<const AuthHeaders> authHeaders, bool sign, Done done);
    /// Runs `then` after `ms` unless cancelled first (then `cancelled` runs instead).
    void wait(int ms, std::function<void()> then, std::function<void()> cancelled);
    void postImport(std::shared_ptr<ImportRun> run);
    void recover(std::shared_ptr<ImportRun> run, const CloudError& failure);
    /// Finds an existing certificate with the request's fingerprint (by name, then by domain): its id, or empty.
    void findExisting(std::shared_ptr<ImportRun> run, std::function<void(Result<QString>)> done);
    /// Finds the copy this run created (duplicates allowed: a copy with its name that was not there before).
    void findOwnCopy(std::shared_ptr<ImportRun> run, std::function<void(Result<QString>)> done);
    /// Shows `candidates` one by one until one has `fingerprint`: its id, or empty.
    void matchFingerprint(std::shared_ptr<QStringList> candidates, const QString& fingerprint, QObject* context,
                          std::function<void(Result<QString>)> done);
    CloudError cancelledError();

    Options m_options;
    QNetworkAccessManager* m_network;
    IamClient* m_iam;
    std::shared_ptr<ClockSkew> m_skew;
    bool m_cancelled = false;
    int m_requestsSent = 0;
    QList<QPointer<QNetworkReply>> m_active;
    struct PendingWait
    {
        QTimer* timer;
        std::function<void()> cancelled;
    };
    QList<PendingWait> m_waits;
};

} // namespace ccm::cloud
