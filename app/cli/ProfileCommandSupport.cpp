#include "ProfileCommandSupport.h"

#include "ProfileCommand.h"

#include "certificate/TrustStore.h"
#include "profiles/ProfileStore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ccm::cli {

using profiles::Profile;
using profiles::SecretKind;

namespace {

// Options that look like someone trying to pass a secret on the command line; they get a pointed answer.
const QStringList& secretLikeOptions()
{
    static const QStringList names{
        QStringLiteral("secret"),         QStringLiteral("secret-key"), QStringLiteral("sk"),
        QStringLiteral("password"),       QStringLiteral("token"),      QStringLiteral("auth-token"),
        QStringLiteral("security-token"), QStringLiteral("passphrase")};
    return names;
}

QString originName(const Profile& profile)
{
    switch (profile.origin) {
    case profiles::ProfileOrigin::Saved:
        return QStringLiteral("saved");
    case profiles::ProfileOrigin::Sandbox:
        return QStringLiteral("sandbox");
    case profiles::ProfileOrigin::Environment:
        return QStringLiteral("environment");
    }
    return {};
}

// Splits piped input into lines without leaving copies of the secret bytes behind.
QList<SecureBytes> splitLines(const SecureBytes& input)
{
    QList<SecureBytes> lines;
    const QByteArrayView all = input.view();
    qsizetype start = 0;
    while (start < all.size()) {
        qsizetype end = all.indexOf('\n', start);
        if (end < 0)
            end = all.size();
        qsizetype stop = end;
        if (stop > start && all.at(stop - 1) == '\r')
            --stop;
        lines.append(SecureBytes(all.sliced(start, stop - start)));
        start = end + 1;
    }
    return lines;
}

} // namespace

namespace profilecli {

QString dateText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString whereText(const Profile& profile)
{
    if (profile.isSandbox())
        return ProfileCommand::tr("local sandbox");
    if (profile.usesCustomEndpoint())
        return profile.scmEndpoint.toString();
    return profile.regionId;
}

QJsonObject profileJson(const Profile& profile, bool isDefault)
{
    QJsonObject object = profile.isSandbox()
                             ? QJsonObject{{QStringLiteral("id"), profile.id}, {QStringLiteral("name"), profile.name}}
                             : profiles::profileToJson(profile);
    object.insert(QStringLiteral("origin"), originName(profile));
    object.insert(QStringLiteral("read_only"), profile.isReadOnly());
    object.insert(QStringLiteral("is_sandbox"), profile.isSandbox());
    object.insert(QStringLiteral("default"), isDefault);
    if (profile.lastUsed.isValid())
        object.insert(QStringLiteral("last_used"), dateText(profile.lastUsed));
    return object;
}

void printError(Console& console, const Error& error)
{
    console.error(QStringLiteral("ccmctl profile: ") + error.message);
    if (!error.detail.isEmpty() && error.category == ErrorCategory::CredentialStore)
        console.error(ProfileCommand::tr("  (%1)").arg(error.detail));
}

Parser::Parser(const QString& usage)
    : m_usage(usage)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, ProfileCommand::tr("Show this help.")});
}

void Parser::add(const QString& name, const QString& description, const QString& value)
{
    m_parser.addOption(value.isEmpty() ? QCommandLineOption(name, description)
                                       : QCommandLineOption(name, description, value));
}

std::optional<int> Parser::parse(const QStringList& arguments, Console& console)
{
    for (const QString& argument : arguments) {
        const QString option =
            argument.section(QLatin1Char('='), 0, 0).remove(QRegularExpression(QStringLiteral("^-+")));
        if (argument.startsWith(QLatin1Char('-')) && secretLikeOptions().contains(option)) {
            console.error(ProfileCommand::tr("ccmctl profile: secrets are never taken from the arguments (they "
                                             "would end up in the shell history and the process list). Use "
                                             "--secret-stdin, --secret-env VARIABLE or the hidden prompt."));
            return ExitUsage;
        }
    }
    if (!m_parser.parse(QStringList{QStringLiteral("ccmctl")} + arguments)) {
        console.error(QStringLiteral("ccmctl profile: ") + m_parser.errorText());
        console.error(m_usage);
        return ExitUsage;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        console.print(m_usage + QLatin1Char('\n') + m_parser.helpText().section(QLatin1Char('\n'), 2));
        return ExitOk;
    }
    return std::nullopt;
}

void addProfileFieldOptions(Parser& parser)
{
    parser.add(QStringLiteral("region"), ProfileCommand::tr("Region id from the catalogue, e.g. cn-north-4."),
               QStringLiteral("ID"));
    parser.add(QStringLiteral("scm-endpoint"), ProfileCommand::tr("Custom SCM endpoint URL (private cloud, proxy)."),
               QStringLiteral("URL"));
    parser.add(QStringLiteral("iam-endpoint"), ProfileCommand::tr("Custom IAM endpoint URL."), QStringLiteral("URL"));
    parser.add(QStringLiteral("ca-file"), ProfileCommand::tr("Extra CA certificates (PEM) to trust."),
               QStringLiteral("FILE"));
    parser.add(QStringLiteral("trust-root"),
               ProfileCommand::tr("Your private root CA certificate: chains that end there count as complete when "
                                  "importing with this profile (\"\" to remove)."),
               QStringLiteral("FILE"));
    parser.add(QStringLiteral("auth"), ProfileCommand::tr("aksk (default), temporary-aksk, password or token."),
               QStringLiteral("KIND"));
    parser.add(QStringLiteral("access-key-id"), ProfileCommand::tr("Access key id (AK)."), QStringLiteral("AK"));
    parser.add(QStringLiteral("domain-id"), ProfileCommand::tr("Account (domain) id."), QStringLiteral("ID"));
    parser.add(QStringLiteral("domain-name"), ProfileCommand::tr("Account (domain) name."), QStringLiteral("NAME"));
    parser.add(QStringLiteral("user"), ProfileCommand::tr("IAM user name (password authentication)."),
               QStringLiteral("NAME"));
    parser.add(QStringLiteral("scope"), ProfileCommand::tr("Token scope: domain (account) or project."),
               QStringLiteral("SCOPE"));
    parser.add(QStringLiteral("project"), ProfileCommand::tr("Project name for a project-scoped token."),
               QStringLiteral("NAME"));
    parser.add(QStringLiteral("enterprise-project-id"),
               ProfileCommand::tr("Default enterprise project for imports (\"0\", \"all\" or a UUID)."),
               QStringLiteral("ID"));
}

void addSecretOptions(Parser& parser)
{
    parser.add(QStringLiteral("secret-stdin"),
               ProfileCommand::tr("Read the secret(s) from standard input, one per line: secret key (then security "
                                  "token for temporary-aksk), password, or token."));
    parser.add(QStringLiteral("secret-env"),
               ProfileCommand::tr("Read a secret from this environment variable (repeat for the security token)."),
               QStringLiteral("VARIABLE"));
}

Status applyFieldOptions(const Parser& parser, Profile& profile)
{
    if (parser.isSet("region")) {
        profile.regionId = parser.value("region").trimmed();
        if (!parser.isSet("scm-endpoint"))
            profile.scmEndpoint.clear();
    }
    if (parser.isSet("scm-endpoint"))
        profile.scmEndpoint = QUrl(parser.value("scm-endpoint").trimmed(), QUrl::StrictMode);
    if (parser.isSet("iam-endpoint"))
        profile.iamEndpoint = QUrl(parser.value("iam-endpoint").trimmed(), QUrl::StrictMode);
    if (parser.isSet("ca-file")) {
        const QString file = parser.value("ca-file");
        profile.caFile = file.isEmpty() ? QString() : QFileInfo(file).absoluteFilePath();
        if (!profile.caFile.isEmpty() && !QFileInfo(profile.caFile).isReadable())
            return Error{QStringLiteral("profile.ca-file"),
                         ProfileCommand::tr("The CA file %1 cannot be read.").arg(profile.caFile),
                         {},
                         ErrorCategory::Input};
    }
    if (parser.isSet("trust-root")) {
        const QString file = parser.value("trust-root");
        profile.trustRootFile = file.isEmpty() ? QString() : QFileInfo(file).absoluteFilePath();
        if (!profile.trustRootFile.isEmpty()) {
            if (auto roots = TrustRoots::fromFile(profile.trustRootFile); !roots)
                return Error{QStringLiteral("profile.trust-root"), roots.error().message, {}, ErrorCategory::Input};
        }
    }
    if (parser.isSet("auth")) {
        const auto kind = profiles::authKindFromName(parser.value("auth"));
        if (!kind)
            return Error{QStringLiteral("profile.invalid"),
                         ProfileCommand::tr("Unknown --auth \"%1\": use aksk, temporary-aksk, password or token.")
                             .arg(parser.value("auth")),
                         {},
                         ErrorCategory::Usage};
        profile.authKind = *kind;
    }
    if (parser.isSet("access-key-id"))
        profile.accessKeyId = parser.value("access-key-id").trimmed();
    if (parser.isSet("domain-id"))
        profile.domainId = parser.value("domain-id").trimmed();
    if (parser.isSet("domain-name"))
        profile.domainName = parser.value("domain-name").trimmed();
    if (parser.isSet("user"))
        profile.userName = parser.value("user").trimmed();
    if (parser.isSet("scope")) {
        const auto scope = profiles::tokenScopeFromName(parser.value("scope"));
        if (!scope)
            return Error{
                QStringLiteral("profile.invalid"),
                ProfileCommand::tr("Unknown --scope \"%1\": use domain or project.").arg(parser.value("scope")),
                {},
                ErrorCategory::Usage};
        profile.tokenScope = *scope;
    }
    if (parser.isSet("project"))
        profile.projectName = parser.value("project").trimmed();
    if (parser.isSet("enterprise-project-id"))
        profile.enterpriseProjectId = parser.value("enterprise-project-id").trimmed();
    return {};
}

} // namespace profilecli

Result<profiles::SecretOverrides> readSecretsForRun(Console& console, cloud::AuthKind kind, bool fromStdin,
                                                    const QStringList& environmentNames,
                                                    const QProcessEnvironment& environment)
{
    const QList<SecretKind> kinds = profiles::secretKindsFor(kind);
    profiles::SecretOverrides secrets;
    if (fromStdin) {
        const QList<SecureBytes> lines = splitLines(console.readAllInput());
        if (lines.size() < kinds.size() || lines.first().isEmpty())
            return Error{QStringLiteral("usage.secret-stdin"),
                         ProfileCommand::tr("Standard input must hold %n secret line(s) for this authentication kind.",
                                            nullptr, int(kinds.size())),
                         {},
                         ErrorCategory::Usage};
        for (qsizetype i = 0; i < kinds.size(); ++i)
            secrets.emplace(kinds.at(i), lines.at(i));
        return secrets;
    }
    if (!environmentNames.isEmpty()) {
        if (environmentNames.size() < kinds.size())
            return Error{QStringLiteral("usage.secret-env"),
                         ProfileCommand::tr("Give --secret-env once per secret (%n for this authentication kind).",
                                            nullptr, int(kinds.size())),
                         {},
                         ErrorCategory::Usage};
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            if (!environment.contains(environmentNames.at(i)) || environment.value(environmentNames.at(i)).isEmpty())
                return Error{QStringLiteral("usage.secret-env"),
                             ProfileCommand::tr("The environment variable %1 is not set.").arg(environmentNames.at(i)),
                             {},
                             ErrorCategory::Usage};
            secrets.emplace(kinds.at(i), SecureBytes::fromString(environment.value(environmentNames.at(i))));
        }
    }
    return secrets;
}

} // namespace ccm::cli
