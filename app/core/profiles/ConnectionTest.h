#pragma once

#include "common/Result.h"
#include "profiles/ResolvedProfile.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace ccm::profiles {

/// What "Test connection" found: who the credentials belong to and how long the signed call took.
struct ConnectionTestResult
{
    QString endpoint;          ///< the SCM endpoint that answered
    QString accountId;         ///< account (domain) id: the profile's own, or the one IAM reported for the AK
    qint64 elapsedMs = 0;      ///< wall time of the signed list call
    int certificateCount = -1; ///< total_count of the list call; -1 when unknown
    QString requestId;         ///< X-Request-Id of the answer
};

/// Runs "Test connection" for a resolved profile: a signed certificate list call. Implemented over the cloud
/// client; errors are the cloud layer's explained Error values (wrong key, clock skew, endpoint, TLS).
class ConnectionTester
{
public:
    using Callback = std::function<void(Result<ConnectionTestResult>)>;

    virtual ~ConnectionTester() = default;
    /// Answers through `done` unless `context` is gone by then.
    virtual void test(const ResolvedProfile& profile, QObject* context, Callback done) = 0;
};

/// Makes a tester for ConnectionTester users that do not inject their own.
using ConnectionTesterFactory = std::function<std::unique_ptr<ConnectionTester>()>;

/// Installs the factory the application and ccmctl use (the cloud layer registers the ScmClient-based one).
void setConnectionTesterFactory(ConnectionTesterFactory factory);
/// A tester from the installed factory, or one that explains that connection tests are not available.
std::unique_ptr<ConnectionTester> createConnectionTester();

} // namespace ccm::profiles
