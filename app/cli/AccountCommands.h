#pragma once

#include "Command.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <vector>

namespace ccm::cloud {
class ScmClient;
}

namespace ccm::cli {

class Console;
struct Connection;

/// Exit status of `ccmctl expiring` when certificates expire within the window (for cron jobs and monitoring).
inline constexpr int ExitExpiring = 5;

/// Adds `show`, `push` and `expiring` to ccmctl's command list.
void appendAccountCommands(std::vector<std::unique_ptr<Command>>& commands);

/// What to do after a new certificate was imported: find what it renews and, when asked, push it where the renewed
/// ones were pushed (known from the activity history) and then delete them.
struct RenewalSteps
{
    QString certificateId; ///< the new certificate (never deleted here)
    QString certificateName;
    QStringList domains;
    QDateTime notAfter;
    bool pushLikeRenewed = false;
    bool deleteRenewed = false; ///< only after every push succeeded
};

/// Runs the steps, adding "renews" (and "pushed", "deleted") to `json`; warnings and errors go to standard error.
/// Returns ExitOk, or the exit status of the first failure (after which nothing is deleted).
int followRenewal(cloud::ScmClient& client, const Connection& connection, const RenewalSteps& steps, QJsonObject& json,
                  Console& console);

} // namespace ccm::cli
