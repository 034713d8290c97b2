// Cloud benchmark: run by hand, prints figures; exits 1 when a target is missed.
//   signing cost per request (target < 10 µs)
//   200 imports against the in-process sandbox with connection reuse (client CPU per import < 1 ms)
#include "cloud/ScmClient.h"
#include "cloud/Signer.h"
#include "sandbox/Sandbox.h"

#include "CloudTestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSemaphore>
#include <QThread>

#include <cstdio>
#include <ctime>

using namespace ccm;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

/// The sandbox in its own thread, so the client's CPU time is measured alone.
class SandboxThread : public QThread
{
public:
    QUrl endpoint;
    QSemaphore ready;

protected:
    void run() override
    {
        sandbox::Sandbox sandbox;
        if (sandbox.start().ok())
            endpoint = sandbox.endpoint();
        ready.release();
        exec();
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // One log line per sandbox import would cost more than the client work being measured.
    QLoggingCategory::setFilterRules(QStringLiteral("ccm.*.info=false\nccm.*.debug=false"));
    bool ok = true;

    // 1. Signing: a real import body (≈5 KB) with the headers ScmClient signs.
    const cloud::ImportRequest sample = test::fixtureImport(
        {QStringLiteral("rsa/leaf.pem"), QStringLiteral("rsa/chain.pem"), QStringLiteral("rsa/leaf.key")},
        QStringLiteral("bench-cert"), true);
    cloud::SigningInput input;
    input.method = QByteArrayLiteral("POST");
    input.url = QUrl(QStringLiteral("https://scm.ap-southeast-1.myhuaweicloud.com/v3/scm/certificates/import"));
    input.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                     {QByteArrayLiteral("X-Domain-Id"), QByteArrayLiteral("0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e")}};
    input.body = sample.body.exposeCopy();
    input.sdkDate = QByteArrayLiteral("20260115T083000Z");
    const auto sk = SecureBytes::fromString(QStringLiteral("tZ5rVtH1Ldx0nSk8cYkQe3Wm7Aq2JfPb9GuRs4Xo"));
    const int rounds = 20000;
    QElapsedTimer timer;
    timer.start();
    qsizetype sink = 0;
    for (int i = 0; i < rounds; ++i)
        sink += cloud::signRequest(input, "HPUAL0ZMVHYTESTAKEY1", sk).signature.size();
    const double signUs = double(timer.nsecsElapsed()) / rounds / 1000.0;
    input.body.clear();
    timer.restart();
    for (int i = 0; i < rounds; ++i)
        sink += cloud::signRequest(input, "HPUAL0ZMVHYTESTAKEY1", sk).signature.size();
    const double signEmptyUs = double(timer.nsecsElapsed()) / rounds / 1000.0;
    std::printf("signing: %.2f us per request with a %lld-byte import body, %.2f us with an empty body (target < 10 "
                "us)%s\n",
                signUs, static_cast<long long>(sample.body.size()), signEmptyUs, sink > 0 ? "" : " ");
    ok = ok && signUs < 10.0;

    // 2. 200 imports, one after the other, over one client (kept-alive connection).
    SandboxThread server;
    server.start();
    server.ready.acquire();
    if (server.endpoint.isEmpty()) {
        std::printf("sandbox did not start\n");
        return 2;
    }
    cloud::ScmClient::Options options;
    options.endpoint = {server.endpoint, server.endpoint, {}, {}};
    options.credentials = test::sandboxCredentials();
    cloud::ScmClient client(options);
    const int imports = 200;
    int done = 0;
    int failed = 0;
    std::function<void()> next;
    QObject context;
    next = [&] {
        if (done == imports) {
            QCoreApplication::quit();
            return;
        }
        cloud::ImportRequest request = sample; // duplicate_check true: the sandbox stores every copy
        client.importCertificate(std::move(request), &context, [&](Result<cloud::ImportResult> result) {
            if (!result)
                ++failed;
            ++done;
            next();
        });
    };
    const double cpuStart = threadCpuMs();
    timer.restart();
    next();
    QCoreApplication::exec();
    const double wallMs = double(timer.nsecsElapsed()) / 1e6;
    const double cpuPerImport = (threadCpuMs() - cpuStart) / imports;
    std::printf("imports: %d in %.0f ms wall (%.0f imports/s incl. the sandbox's validation), client CPU %.3f ms per "
                "import (target < 1 ms), %d failed, %d requests\n",
                imports, wallMs, imports * 1000.0 / wallMs, cpuPerImport, failed, client.requestsSent());
    ok = ok && failed == 0 && cpuPerImport < 1.0;
    server.quit();
    server.wait();
    return ok ? 0 : 1;
}
