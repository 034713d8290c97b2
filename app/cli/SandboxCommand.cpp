#include "SandboxCommand.h"

#include "Console.h"

#include "sandbox/Sandbox.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace ccm::cli {

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}
#endif

QString shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QString SandboxCommand::summary() const
{
    return tr("Run the local CCM sandbox (SCM + IAM emulator) in the foreground.");
}

QString sandboxBanner(const sandbox::Sandbox& sandbox, const QString& caFile, const QString& stateFile)
{
    const sandbox::DemoCredentials demo = sandbox::Sandbox::demoCredentials();
    const QString endpoint = sandbox.endpoint().toString();
    QString text;
    text += SandboxCommand::tr("CCM sandbox listening on %1 (SCM and IAM)\n").arg(endpoint);
    text += SandboxCommand::tr("Port: %1\n").arg(sandbox.port());
    if (!caFile.isEmpty())
        text += SandboxCommand::tr("CA certificate: %1\n").arg(caFile);
    text += stateFile.isEmpty() ? SandboxCommand::tr("State: in memory only\n")
                                : SandboxCommand::tr("State file: %1\n").arg(stateFile);
    text += SandboxCommand::tr("\nDemo credentials (public, for this sandbox only):\n");
    text += SandboxCommand::tr("  Access key ID      %1\n").arg(demo.accessKeyId);
    text += SandboxCommand::tr("  Secret access key  %1\n").arg(demo.secretKey);
    text += SandboxCommand::tr("  Account ID         %1\n").arg(demo.domainId);
    text += SandboxCommand::tr("  Account name       %1\n").arg(demo.domainName);
    text += SandboxCommand::tr("  IAM user           %1\n").arg(demo.userName);
    text += SandboxCommand::tr("  IAM password       %1\n").arg(demo.password);
    text += SandboxCommand::tr("  Temporary AK       %1\n").arg(demo.temporaryAccessKeyId);
    text += SandboxCommand::tr("  Temporary SK       %1\n").arg(demo.temporarySecretKey);
    text += SandboxCommand::tr("  Security token     %1\n").arg(demo.securityToken);
    text += SandboxCommand::tr("\nTo import into it from another shell:\n");
    text += QStringLiteral("  export HUAWEICLOUD_SDK_AK=%1\n").arg(demo.accessKeyId);
    text += QStringLiteral("  export HUAWEICLOUD_SDK_SK=%1\n").arg(demo.secretKey);
    text += QStringLiteral("  export HUAWEICLOUD_SDK_DOMAIN_ID=%1\n").arg(demo.domainId);
    text += QStringLiteral("  export HUAWEICLOUD_SDK_IAM_ENDPOINT=%1\n").arg(endpoint);
    QString import = QStringLiteral("  ccmctl import --endpoint %1").arg(endpoint);
    if (!caFile.isEmpty())
        import += QStringLiteral(" --ca-file %1").arg(shellQuote(caFile));
    text += import + QStringLiteral(" cert.pem chain.pem key.pem\n");
    text += SandboxCommand::tr("\nPress Ctrl+C to stop.\n");
    return text;
}

int SandboxCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs a local emulator of Huawei Cloud Certificate Manager (SCM) and the IAM calls it needs on "
           "127.0.0.1, with fixed demo credentials. It checks signatures and tokens and validates imports like "
           "the service. Stops on Ctrl+C or SIGTERM."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), tr("Port to listen on; 0 (default) picks a free one."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption tls(QStringLiteral("tls"),
                                 tr("Serve HTTPS with a certificate from a CA made at start (see --ca-file)."));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    tr("With --tls: write the CA certificate (PEM) to FILE; default: ca.pem in a new "
                                       "private folder in the temporary directory, removed when the sandbox stops."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   tr("Keep the imported certificates' metadata in this JSON file across restarts."),
                                   QStringLiteral("FILE"));
    parser.addOptions({port, tls, caFile, state});
    if (!parser.parse(QStringList{QStringLiteral("ccmctl sandbox")} + arguments)) {
        console.error(parser.errorText() + QLatin1Char('\n') + tr("See `ccmctl sandbox --help`."));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        console.print(commandHelp(parser, name()));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        console.error(tr("ccmctl sandbox takes no file arguments. See `ccmctl sandbox --help`."));
        return ExitUsage;
    }
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (!portOk || portNumber > 65535) {
        console.error(tr("--port must be a number from 0 to 65535."));
        return ExitUsage;
    }
    if (parser.isSet(caFile) && !parser.isSet(tls)) {
        console.error(tr("--ca-file only makes sense with --tls."));
        return ExitUsage;
    }

    sandbox::Sandbox sandbox;
    if (parser.isSet(state)) {
        if (const Status loaded = sandbox.setStateFile(parser.value(state)); !loaded) {
            console.error(loaded.error().message);
            return ExitUsage;
        }
    }
    const auto started = sandbox.start(quint16(portNumber), parser.isSet(tls));
    if (!started) {
        console.error(started.error().message);
        return ExitNetwork;
    }
    QString caPath;
    std::unique_ptr<QTemporaryDir> caDirectory;
    if (sandbox.usesTls()) {
        if (parser.isSet(caFile)) {
            caPath = parser.value(caFile);
        } else {
            // Not a predictable name in the shared /tmp (another user could create it first and make clients trust
            // their CA): a folder with a random name, mode 0700, removed when the sandbox stops.
            caDirectory = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("ccm-sandbox-XXXXXX")));
            if (!caDirectory->isValid()) {
                console.error(
                    tr("Cannot create a temporary folder for the CA certificate: %1").arg(caDirectory->errorString()));
                return ExitUsage;
            }
            caPath = caDirectory->filePath(QStringLiteral("ca.pem"));
        }
        QSaveFile file(caPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(sandbox.caCertificatePem()) < 0 || !file.commit()) {
            console.error(tr("Cannot write the CA certificate to %1: %2").arg(caPath, file.errorString()));
            return ExitUsage;
        }
    }
    console.print(sandboxBanner(sandbox, caPath, parser.value(state)));
    std::fflush(stdout);

    QEventLoop loop;
#ifdef Q_OS_UNIX
    std::unique_ptr<QSocketNotifier> notifier;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, &loop, &QEventLoop::quit);
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }
#endif
    loop.exec();
#ifdef Q_OS_UNIX
    notifier.reset();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
#endif
    sandbox.stop();
    console.println(tr("Sandbox stopped."));
    return ExitOk;
}

} // namespace ccm::cli
