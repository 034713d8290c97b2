#include "Command.h"
#include "Console.h"

#include "common/Version.h"

#ifdef CCM_HAS_INSPECTCOMMAND
#include "InspectCommand.h"
#endif
#ifdef CCM_HAS_SANDBOXCOMMAND
#include "SandboxCommand.h"
#endif
#ifdef CCM_HAS_CLOUDCOMMANDS
#include "CloudCommands.h"
#endif
#ifdef CCM_HAS_PROFILECOMMAND
#include "ProfileCommand.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ccm::cli {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ccm::cli::Texts)
};

QString overview(const std::vector<std::unique_ptr<Command>>& commands)
{
    QString text = Texts::tr("Usage: ccmctl <command> [options] [arguments]\n\n"
                             "Inspects certificate files and imports them into Huawei Cloud Certificate Manager.\n\n"
                             "Commands:\n");
    for (const auto& command : commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(10), command->summary());
    text += Texts::tr("\nOptions:\n"
                      "  -h, --help     Show this help; `ccmctl <command> --help` shows a command's options.\n"
                      "  -v, --version  Show the version.\n\n"
                      "Exit status: 0 done, 1 refused by validation, 2 usage or unreadable input,\n"
                      "3 rejected by the service, 4 network or TLS failure, 5 certificates expire soon (expiring).\n");
    return text;
}

} // namespace

int exitStatusFor(const Error& error)
{
    switch (error.category) {
    case ErrorCategory::Validation:
    case ErrorCategory::CredentialStore:
        return ExitRefused;
    case ErrorCategory::Rejected:
        return ExitRejected;
    case ErrorCategory::Network:
        return ExitNetwork;
    case ErrorCategory::Usage:
    case ErrorCategory::Input:
    case ErrorCategory::Local:
        break;
    }
    return ExitUsage;
}

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
#ifdef CCM_HAS_INSPECTCOMMAND
    commands.push_back(std::make_unique<InspectCommand>());
#endif
#ifdef CCM_HAS_CLOUDCOMMANDS
    appendCloudCommands(commands);
#endif
#ifdef CCM_HAS_SANDBOXCOMMAND
    commands.push_back(std::make_unique<SandboxCommand>());
#endif
#ifdef CCM_HAS_PROFILECOMMAND
    commands.push_back(std::make_unique<ProfileCommand>());
#endif
    return commands;
}

QString commandHelp(const QCommandLineParser& parser, const QString& command)
{
    // QCommandLineParser's usage line names the program by argv[0], a path without the command.
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && (lineEnd < 0 || at < lineEnd))
        text.replace(at, program.size(), QLatin1String("ccmctl ") + command);
    return text;
}

int runCli(const QStringList& arguments, Console& console)
{
    const auto commands = allCommands();
    const QString first = arguments.value(1);
    if (first.isEmpty()) {
        console.error(overview(commands));
        return ExitUsage;
    }
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        console.print(overview(commands));
        return ExitOk;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        console.println(QStringLiteral("ccmctl %1").arg(versionString()));
        return ExitOk;
    }
    for (const auto& command : commands) {
        if (command->name() == first)
            return command->run(arguments.mid(2), console);
    }
    console.error(Texts::tr("ccmctl: unknown command \"%1\". Run `ccmctl --help` to see the commands.").arg(first));
    return ExitUsage;
}

} // namespace ccm::cli
