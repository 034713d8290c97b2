#include "SandboxCommand.h"

#include "Console.h"

#include "sandbox/Sandbox.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace ccm::cli {

QString SandboxCommand::summary() const
{
    return tr("Run the local Certificate Manager sandbox (SCM + IAM emulator) in the foreground.");
}

int SandboxCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs a local emulator of Huawei Cloud Certificate Manager and IAM on 127.0.0.1 until interrupted "
           "(Ctrl+C). It checks signatures and certificates like the service and accepts the demo credentials it "
           "prints."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), tr("Port to listen on (default: a free port)."),
                                  QStringLiteral("N"));
    const QCommandLineOption tls(QStringLiteral("tls"),
                                 tr("Serve HTTPS with a self-generated certificate (its CA file is printed)."));
    const QCommandLineOption state(QStringLiteral("state"),
                                   tr("Keep the certificates in this JSON file across restarts."),
                                   QStringLiteral("FILE"));
    parser.addOptions({port, tls, state});
    if (!parser.parse(QStringList{QStringLiteral("ccmctl sandbox")} + arguments)) {
        console.error(parser.errorText() + QLatin1Char('\n') + tr("See `ccmctl sandbox --help`."));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        console.print(parser.helpText());
        return ExitOk;
    }
    bool ok = true;
    const uint portNumber = parser.isSet(port) ? parser.value(port).toUInt(&ok) : 0;
    if (!ok || portNumber > 65535) {
        console.error(tr("--port needs a number from 0 to 65535."));
        return ExitUsage;
    }
    sandbox::Sandbox sandbox;
    if (parser.isSet(state)) {
        if (auto loaded = sandbox.setStateFile(parser.value(state)); !loaded) {
            console.error(loaded.error().message);
            return ExitUsage;
        }
    }
    if (auto started = sandbox.start(quint16(portNumber), parser.isSet(tls)); !started) {
        console.error(started.error().message);
        return ExitNetwork;
    }
    const auto demo = sandbox::Sandbox::demoCredentials();
    QString text = tr("CCM sandbox listening on %1\n").arg(sandbox.endpoint().toString());
    if (parser.isSet(tls)) {
        const QString caFile =
            QDir::temp().filePath(QStringLiteral("ccm-sandbox-%1-ca.pem").arg(sandbox.endpoint().port()));
        QFile file(caFile);
        if (file.open(QIODevice::WriteOnly))
            file.write(sandbox.tlsCertificate().toPem());
        text += tr("CA certificate file: %1 (pass it with --ca-file)\n").arg(caFile);
    }
    text += tr("Demo credentials (they only work here):\n");
    text += QStringLiteral("  CLOUD_SDK_AK=%1\n  CLOUD_SDK_SK=%2\n  HUAWEICLOUD_SDK_DOMAIN_ID=%3\n")
                .arg(demo.accessKeyId, demo.secretKey, demo.domainId);
    text += tr("  IAM user: account %1, user %2, password %3\n").arg(demo.domainName, demo.userName, demo.password);
    text += tr("Example: CLOUD_SDK_AK=%1 CLOUD_SDK_SK=%2 ccmctl import --endpoint %3 cert.pem chain.pem key.pem\n")
                .arg(demo.accessKeyId, demo.secretKey, sandbox.endpoint().toString());
    text += tr("Press Ctrl+C to stop.\n");
    console.print(text);
    std::fflush(stdout); // a script or test reads the endpoint while the sandbox runs

    // Stop cleanly on SIGINT/SIGTERM so a state file is complete and the port is released.
    static int signalPipe[2] = {-1, -1};
    if (::pipe(signalPipe) == 0) {
        const auto handler = [](int) {
            const char byte = 1;
            [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
        };
        std::signal(SIGINT, handler);
        std::signal(SIGTERM, handler);
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, QCoreApplication::instance(), &QCoreApplication::quit);
    QCoreApplication::exec();
    return ExitOk;
}

} // namespace ccm::cli
