#pragma once

// The parsing and printing helpers the `ccmctl profile` actions share (ProfileCommand.cpp): the option parser
// that refuses secrets on the command line, the profile field options and the JSON and text forms of a profile.
// Their texts keep the ccm::cli::ProfileCommand translation context.

#include "Command.h"
#include "Console.h"

#include "common/Await.h"
#include "common/Result.h"
#include "profiles/Profile.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace ccm::cli::profilecli {

/// A QCommandLineParser for one action, with -h/--help and the action's usage line.
class Parser
{
public:
    explicit Parser(const QString& usage);
    void add(const QString& name, const QString& description, const QString& value = {});
    /// Returns an exit code when the command should stop (help shown or bad arguments).
    std::optional<int> parse(const QStringList& arguments, Console& console);
    bool isSet(const char* name) const { return m_parser.isSet(QLatin1String(name)); }
    QString value(const char* name) const { return m_parser.value(QLatin1String(name)); }
    QStringList values(const char* name) const { return m_parser.values(QLatin1String(name)); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    const QString& usage() const { return m_usage; }

private:
    QCommandLineParser m_parser;
    QString m_usage;
};

/// The ISO date in UTC, or empty for an invalid time.
QString dateText(const QDateTime& time);
/// Where a profile sends requests: "local sandbox", its custom endpoint, or its region.
QString whereText(const profiles::Profile& profile);
/// The JSON form printed by `list --json` and `show --json` (never a secret).
QJsonObject profileJson(const profiles::Profile& profile, bool isDefault);
/// Prints "ccmctl profile: <message>" (and the detail of a credential store failure) to standard error.
void printError(Console& console, const Error& error);
/// The options that set a profile's fields (add, edit).
void addProfileFieldOptions(Parser& parser);
/// --secret-stdin and --secret-env (add, edit, test).
void addSecretOptions(Parser& parser);
/// Applies the field options to a profile; returns an error for a bad value.
Status applyFieldOptions(const Parser& parser, profiles::Profile& profile);

/// Runs an asynchronous call to its end and returns its result.
template<typename T, typename Start>
T wait(Start start)
{
    return *awaitCallback<T>(std::move(start));
}

} // namespace ccm::cli::profilecli
