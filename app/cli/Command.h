#pragma once

#include "common/Error.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QCommandLineParser;

namespace ccm::cli {

class Console;

/// Exit statuses shared by every command; scripts rely on them.
enum ExitCode : int {
    ExitOk = 0,       ///< done (or already present and reported)
    ExitRefused = 1,  ///< validation found errors, or the credential store cannot keep a secret; nothing sent
    ExitUsage = 2,    ///< bad arguments or unreadable input
    ExitRejected = 3, ///< the service answered with an error
    ExitNetwork = 4,  ///< network or TLS failure
};

/// The exit status of a failure, from its category alone (never from its text).
int exitStatusFor(const Error& error);

/// One `ccmctl <name>` sub-command.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    /// One line for the command overview of `ccmctl --help`.
    virtual QString summary() const = 0;
    /// Runs with the arguments after the command name; returns an ExitCode.
    virtual int run(const QStringList& arguments, Console& console) = 0;
};

/// Every command ccmctl knows, in the order `--help` lists them.
std::vector<std::unique_ptr<Command>> allCommands();

/// A command's --help text, its usage line naming `ccmctl <command>` instead of the program's path.
QString commandHelp(const QCommandLineParser& parser, const QString& command);

/// Dispatches a full argument vector (argv[0] first); the whole of ccmctl's main() behaviour.
int runCli(const QStringList& arguments, Console& console);

} // namespace ccm::cli
