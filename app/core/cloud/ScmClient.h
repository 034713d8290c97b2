#pragma once

#include "cloud/CloudError.h"
#include "cloud/Credentials.h"
#include "cloud/Endpoints.h"
#include "cloud/RetryPolicy.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace ccm::cloud {

class IamClient;

/// An import as the client sends it: the exact JSON body plus what duplicate detection needs.
struct ImportRequest
{
    SecureBytes body;            ///< JSON body from buildImportBody() (holds the private key)
    QString name;                ///< the "name" field of the body
    QString domain;              ///< the leaf's first domain, for the lookup by domain
    QString fingerprint;         ///< SHA-1 of the leaf, hex (colons and case do not matter)
    bool allowDuplicate = false; ///< skip the lookup for an existing copy (the body should say duplicate_check: true)
};

/// What an import ended in.
struct ImportResult
{
    QString certificateId;
    QString requestId;
    QString duplicateOf;    ///< set when an existing copy was found and nothing was imported
    bool recovered = false; ///< the answer was lost, and the lookup found the certificate the request created
};

/// The list call's filter and paging.
struct ListQuery
{
    int limit = 50;
    int offset = 0;
    QString content; ///< name or domain filter
    QString enterpriseProjectId;
    QString sortKey;
    QString sortDir;
    QString status;
};

/// One page of the list call.
struct CertificatePage
{
    QList<QJsonObject> certificates;
    int totalCount = 0;
    QString requestId;
};

/// Signed SCM calls over QNetworkAccessManager: import, list, show, delete. Asynchronous; answers through callbacks
/// that are dropped when their context object is gone.
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
        int timeoutMs = 30000; ///< transfer timeout: no bytes for this long ends the call
    };

    explicit ScmClient(Options options, QObject* parent = nullptr);
    ~ScmClient() override;

    /// Imports unless an identical certificate is already there (then reports its id as duplicateOf).
    void importCertificate(ImportRequest request, QObject* context, std::function<void(Result<ImportResult>)> done);
    void listCertificates(const ListQuery& query, QObject* context, std::function<void(Result<CertificatePage>)> done);
    void showCertificate(const QString& id, QObject* context, std::function<void(Result<QJsonObject>)> done);
    /// Deletes; the value is the request id.
    void deleteCertificate(const QString& id, QObject* context, std::function<void(Result<QString>)> done);
    /// Aborts every call in flight; their callbacks get a Cancelled error.
    void cancelAll();

    /// The typed form of the last failure (HTTP status, error_code, request id).
    const CloudError& lastError() const { return m_lastError; }
    /// Seconds added to the local clock when signing, learned once from a rejected request's Date header.
    qint64 clockOffsetSeconds() const { return m_clockOffset; }
    /// Requests put on the wire so far (retries included).
    int requestsSent() const { return m_requestsSent; }

private:
    struct Call;
    struct Response
    {
        int status = 0;
        QByteArray body;
        QByteArray requestId;
    };
    using Done = std::function<void(const Response* response, const CloudError& error, bool sent)>;

    void send(std::shared_ptr<Call> call, Done done);
    void attempt(std::shared_ptr<Call> call, Done done);
    void transmit(std::shared_ptr<Call> call, const QList<std::pair<QByteArray, QByteArray>>& authHeaders, bool sign,
                  Done done);
    void postImport(std::shared_ptr<ImportRequest> request, bool resent, QPointer<QObject> context,
                    std::function<void(Result<ImportResult>)> done);
    void findExisting(std::shared_ptr<ImportRequest> request, bool requireName, QPointer<QObject> context,
                      std::function<void(Result<QString>)> done);

    Options m_options;
    QNetworkAccessManager* m_network;
    IamClient* m_iam;
    CloudError m_lastError;
    qint64 m_clockOffset = 0;
    bool m_skewCorrected = false;
    int m_requestsSent = 0;
    QList<QPointer<QNetworkReply>> m_active;
};

} // namespace ccm::cloud
