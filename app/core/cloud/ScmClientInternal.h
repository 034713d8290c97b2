#pragma once

// Internal to the cloud module: what ScmClient.cpp, ScmCalls.cpp and ScmLookup.cpp share: one call on its way
// (ScmClient::Call) and an import in progress (ScmClient::ImportRun).

#include "cloud/ScmClient.h"

#include "common/SecureBytes.h"

#include <QPointer>
#include <QSet>

namespace ccm::cloud {

struct ScmClient::Call
{
    QByteArray method;
    QString path;  ///< below the SCM base URL, e.g. /v3/scm/certificates
    QString query; ///< encoded query, may be empty
    QByteArray body;
    bool oneShot = false; ///< an import: the transport may not send it a second time on its own
    int attempt = 1;
    bool tokenRenewed = false;

    ~Call() { wipe(body); }
};

struct ScmClient::ImportRun
{
    ImportRequest request;
    QPointer<QObject> context;
    std::function<void(Result<ImportResult>)> done;
    int posts = 0;
    bool ambiguous = false; ///< an earlier request of this run may have been stored
    QSet<QString> before;   ///< duplicates allowed: ids with this name that existed before the first request
};

} // namespace ccm::cloud
