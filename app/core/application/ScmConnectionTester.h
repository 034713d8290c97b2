#pragma once

#include "profiles/ConnectionTest.h"

namespace ccm::application {

/// "Test connection" over ScmClient: a signed list call (limit 1); a sandbox profile uses the process's built-in
/// sandbox (application::embeddedSandbox).
class ScmConnectionTester final : public profiles::ConnectionTester
{
public:
    /// `sandboxStateFile`: where the built-in sandbox keeps its certificates when this test is what starts it
    /// (application::defaultStateFile() in the applications); empty: in memory.
    explicit ScmConnectionTester(QString sandboxStateFile = {})
        : m_sandboxStateFile(std::move(sandboxStateFile))
    {}

    void test(const profiles::ResolvedProfile& profile, QObject* context, Callback done) override;

private:
    QString m_sandboxStateFile;
};

/// Installs ScmConnectionTester as the profiles module's tester factory (the composition roots call this).
void installScmConnectionTester(const QString& sandboxStateFile = {});

} // namespace ccm::application
