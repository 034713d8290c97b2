#include "cloud/ScmConnectionTester.h"

#include "cloud/ProfileClient.h"
#include "cloud/ScmClient.h"
#include "sandbox/Sandbox.h"

#include <QElapsedTimer>
#include <QPointer>

namespace ccm::cloud {

void ScmConnectionTester::test(const profiles::ResolvedProfile& profile, QObject* context, Callback done)
{
    sandbox::Sandbox* sandbox = nullptr;
    if (profile.isSandbox) {
        sandbox = new sandbox::Sandbox(context);
        if (!m_sandboxStateFile.isEmpty()) {
            if (const Status loaded = sandbox->setStateFile(m_sandboxStateFile); !loaded) {
                delete sandbox;
                done(loaded.error());
                return;
            }
        }
        if (auto started = sandbox->start(); !started) {
            delete sandbox;
            done(started.error());
            return;
        }
    }
    auto prepared = clientOptions(profile, sandbox);
    if (!prepared) {
        delete sandbox;
        done(prepared.error());
        return;
    }
    ScmClient::Options options = std::move(*prepared);
    options.retry.maxAttempts = 2;
    auto* client = new ScmClient(options, context);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    ListQuery query;
    query.limit = 1;
    const QString endpoint = options.endpoint.scm.toString();
    const QString accountId = options.credentials.domainId;
    client->listCertificates(query, context,
                             [client, sandbox, timer, endpoint, accountId, done](Result<CertificatePage> page) {
                                 client->deleteLater();
                                 if (sandbox)
                                     sandbox->deleteLater();
                                 if (!page) {
                                     done(page.error());
                                     return;
                                 }
                                 profiles::ConnectionTestResult result;
                                 result.endpoint = endpoint;
                                 result.accountId = accountId;
                                 result.elapsedMs = timer->elapsed();
                                 result.certificateCount = page->totalCount;
                                 result.requestId = page->requestId;
                                 done(result);
                             });
}

void installScmConnectionTester(const QString& sandboxStateFile)
{
    profiles::setConnectionTesterFactory(
        [sandboxStateFile] { return std::make_unique<ScmConnectionTester>(sandboxStateFile); });
}

} // namespace ccm::cloud
