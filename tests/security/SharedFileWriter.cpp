// A test helper, started several times at once by TestSharedFiles: each mode runs many read-modify-write cycles
// of one file shared between processes, the way the window and ccmctl do.
//   profiles FILE COUNT PREFIX   create COUNT profiles named PREFIX-<n> in the profile settings FILE
//   history FILE COUNT           add COUNT rows to the import history FILE
//   sandbox FILE COUNT           import a certificate COUNT times into a sandbox with the state FILE
// Exit status 0 when every step succeeded, 1 otherwise (the first error on standard error).
#include "SandboxClient.h"
#include "TestData.h"

#include "history/ImportHistory.h"
#include "profiles/ProfileStore.h"
#include "sandbox/Sandbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace ccm;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

int addProfiles(const QString& path, int count, const QString& prefix)
{
    profiles::ProfileStore store(path);
    store.setEnvironment(QProcessEnvironment());
    if (const Status loaded = store.load(); !loaded)
        return fail(loaded.error().message);
    for (int i = 0; i < count; ++i) {
        profiles::Profile profile;
        profile.name = QStringLiteral("%1-%2").arg(prefix).arg(i);
        profile.regionId = QStringLiteral("cn-north-4");
        profile.authKind = cloud::AuthKind::AkSk;
        profile.accessKeyId = QStringLiteral("QTWAOYTTINDUT2QVKYUC");
        if (const auto created = store.create(profile); !created)
            return fail(created.error().message);
    }
    return 0;
}

int addHistory(const QString& path, int count)
{
    history::ImportHistory ledger(path);
    for (int i = 0; i < count; ++i) {
        history::ImportRecord record;
        record.profileId = QStringLiteral("sandbox");
        record.certificateId = QStringLiteral("scs%1").arg(1600000000000 + i);
        record.certificateName = QStringLiteral("written-by-helper-%1").arg(i);
        if (const auto written = ledger.record(record); !written)
            return fail(written.error().message + QLatin1Char(' ') + written.error().detail);
    }
    return 0;
}

int importIntoSandbox(const QString& path, int count)
{
    sandbox::Sandbox server;
    if (const Status loaded = server.setStateFile(path); !loaded)
        return fail(loaded.error().message);
    const auto port = server.start();
    if (!port)
        return fail(port.error().message);
    test::SandboxClient client(server.endpoint());
    const sandbox::DemoCredentials demo = sandbox::Sandbox::demoCredentials();
    const QJsonObject user{{QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), demo.domainName}}},
                           {QStringLiteral("name"), demo.userName},
                           {QStringLiteral("password"), demo.password}};
    const QJsonObject auth{
        {QStringLiteral("auth"),
         QJsonObject{{QStringLiteral("identity"),
                      QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                                  {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}}}}}};
    const test::Exchange token = client.send("POST", QStringLiteral("/v3/auth/tokens"), QJsonDocument(auth).toJson());
    if (token.status != 201)
        return fail(QStringLiteral("no token: %1").arg(token.status));
    const QJsonObject body{
        {QStringLiteral("name"), QStringLiteral("written-by-helper")},
        {QStringLiteral("certificate"), QString::fromUtf8(test::readData(QStringLiteral("rsa/leaf.pem")))},
        {QStringLiteral("certificate_chain"), QString::fromUtf8(test::readData(QStringLiteral("rsa/chain.pem")))},
        {QStringLiteral("private_key"), QString::fromUtf8(test::readData(QStringLiteral("rsa/leaf.key")))},
        {QStringLiteral("duplicate_check"), true}};
    for (int i = 0; i < count; ++i) {
        const test::Exchange imported =
            client.send("POST", QStringLiteral("/v3/scm/certificates/import"), QJsonDocument(body).toJson(),
                        {{"X-Auth-Token", token.header("X-Subject-Token")}});
        if (imported.status != 200)
            return fail(QStringLiteral("import %1: %2 %3").arg(i).arg(imported.status).arg(imported.errorCode()));
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4)
        return fail(QStringLiteral("usage: profiles|history|sandbox FILE COUNT [PREFIX]"));
    const QString mode = arguments.at(1);
    const QString path = arguments.at(2);
    const int count = arguments.at(3).toInt();
    if (mode == QLatin1String("profiles"))
        return addProfiles(path, count, arguments.value(4, QStringLiteral("p")));
    if (mode == QLatin1String("history"))
        return addHistory(path, count);
    if (mode == QLatin1String("sandbox"))
        return importIntoSandbox(path, count);
    return fail(QStringLiteral("unknown mode ") + mode);
}
