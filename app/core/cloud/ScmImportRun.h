#pragma once

// Internal to the cloud module: what ScmClient.cpp and ScmLookup.cpp share about an import in progress.

#include "cloud/ScmClient.h"

#include <QPointer>
#include <QSet>

namespace ccm::cloud {

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
