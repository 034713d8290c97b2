#pragma once

#include "profiles/ConnectionTest.h"

namespace ccm::cloud {

/// "Test connection" over ScmClient: a signed list call (limit 1); a sandbox profile gets an in-process sandbox.
class ScmConnectionTester final : public profiles::ConnectionTester
{
public:
    void test(const profiles::ResolvedProfile& profile, QObject* context, Callback done) override;
};

/// Installs ScmConnectionTester as the profiles module's tester factory (the composition roots call this).
void installScmConnectionTester();

} // namespace ccm::cloud
