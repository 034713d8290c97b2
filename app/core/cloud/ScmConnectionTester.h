#pragma once

#include "profiles/ConnectionTest.h"

namespace ccm::cloud {

/// "Test connection" over ScmClient: a signed list call (limit 1); a sandbox profile gets an in-process sandbox.
class ScmConnectionTester final : public profiles::ConnectionTester
{
public:
    /// `sandboxStateFile`: the built-in sandbox's certificates (sandbox::defaultStateFile()), so the test of the
    /// sandbox profile counts what was imported into it; empty: an empty sandbox.
    explicit ScmConnectionTester(QString sandboxStateFile = {})
        : m_sandboxStateFile(std::move(sandboxStateFile))
    {}

    void test(const profiles::ResolvedProfile& profile, QObject* context, Callback done) override;

private:
    QString m_sandboxStateFile;
};

/// Installs ScmConnectionTester as the profiles module's tester factory (the composition roots call this).
void installScmConnectionTester(const QString& sandboxStateFile = {});

} // namespace ccm::cloud
