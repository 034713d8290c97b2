#include "application/ScmConnectionTester.h"

#include "application/EmbeddedSandbox.h"
#include "application/ProfileClient.h"
#include "cloud/ScmClient.h"

#include <QElapsedTimer>
#include <QPointer>

namespace ccm::application {

using namespace cloud;

void ScmConnectionTester::test(const profiles::ResolvedProfile& profile, QObject* context, Callback done)
{
    const sandbox::Sandbox* sandbox = nullptr;
    if (profile.isSandbox) {
        // The process's built-in sandbox (started on first use), with the certificates imported into it.
        auto running = application::embeddedSandbox(m_sandboxStateFile);
        if (!running) {
            done(running.error());
            return;
        }
        sandbox = *running;
    }
    auto prepared = clientOptions(profile, sandbox);
    if (!prepared) {
        done(prepared.error());
        return;
    }
    ScmClient::Options options = std::move(*prepared);
    options.retry.maxAttempts = 2;
    auto* client = new ScmClient(options, context);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    ListQuery query; // the documented default page (10): total_count is all the test needs
    const QString endpoint = options.endpoint.scm.toString();
    client->listCertificates(query, context, [client, timer, endpoint, done](Result<CertificatePage> page) {
        if (!page) {
            client->deleteLater();
            done(page.error());
            return;
        }
        profiles::ConnectionTestResult result;
        result.endpoint = endpoint;
        result.elapsedMs = timer->elapsed();
        result.certificateCount = page->totalCount;
        result.requestId = page->requestId;
        // The list call needed the account id, so this answers from the cache: the one the user gave or IAM's.
        client->accountId(client, [client, result, done](Result<QString> id) mutable {
            client->deleteLater();
            result.accountId = id ? *id : QString();
            done(result);
        });
    });
}

void installScmConnectionTester(const QString& sandboxStateFile)
{
    profiles::setConnectionTesterFactory(
        [sandboxStateFile] { return std::make_unique<ScmConnectionTester>(sandboxStateFile); });
}

} // namespace ccm::application
