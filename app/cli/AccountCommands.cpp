#include "AccountCommands.h"

#include "CloudSupport.h"
#include "Console.h"

#include "application/ImportService.h"
#include "cloud/ScmClient.h"
#include "history/ImportHistory.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace ccm::cli {

namespace {

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

/// Days from now until `expires` (negative once expired), counted in whole days as a calendar shows them.
qint64 daysLeft(const QDateTime& expires, const QDateTime& now)
{
    return now.date().daysTo(expires.toUTC().date());
}

/// `ccmctl show ID`
class ShowCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override { return CloudTexts::tr("Show one certificate of the account."); }

    int run(const QStringList& arguments, Console& console) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(CloudTexts::tr(
            "Shows the certificate with the given id (scs…) as the service describes it: names, validity, "
            "status and SHA-1 fingerprint."));
        parser.addHelpOption();
        ConnectionOptions connection;
        connection.addTo(parser, true);
        parser.addPositionalArgument(QStringLiteral("ID"), CloudTexts::tr("Certificate id."));
        int exitCode = ExitOk;
        if (!parse(parser, name(), arguments, console, exitCode))
            return exitCode;
        const bool asJson = parser.isSet(QStringLiteral("json"));
        if (parser.positionalArguments().size() != 1) {
            console.error(CloudTexts::tr("Give exactly one certificate id. See `ccmctl show --help`."));
            return ExitUsage;
        }
        Connection conn;
        if (!connect(parser, connection, console, conn))
            return ExitUsage;
        cloud::ScmClient client(conn.options);
        const QString id = parser.positionalArguments().first();
        auto shown =
            await<QJsonObject>([&](QObject* context, auto done) { client.showCertificate(id, context, done); });
        if (!shown)
            return failure(console, shown.error(), asJson);
        if (asJson) {
            console.print(json(*shown));
            return ExitOk;
        }
        const auto row = [&console, &shown](const QString& label, const char* field) {
            const QJsonValue value = shown->value(QLatin1String(field));
            const QString text = value.isString()   ? value.toString()
                                 : value.isDouble() ? QString::number(value.toInt())
                                                    : QString();
            if (!text.isEmpty())
                console.println(label.leftJustified(20) + text);
        };
        row(CloudTexts::tr("ID"), "id");
        row(CloudTexts::tr("Name"), "name");
        row(CloudTexts::tr("Domain"), "domain");
        row(CloudTexts::tr("Names"), "sans");
        row(CloudTexts::tr("Valid from"), "not_before");
        row(CloudTexts::tr("Valid until"), "not_after");
        row(CloudTexts::tr("Status"), "status");
        row(CloudTexts::tr("Signature"), "signature_algorithm");
        row(CloudTexts::tr("SHA-1"), "fingerprint");
        row(CloudTexts::tr("Enterprise project"), "enterprise_project_id");
        return ExitOk;
    }
};

/// `ccmctl push ID --service S --project R…`
class PushCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("push"); }
    QString summary() const override { return CloudTexts::tr("Push a certificate to CDN, WAF or ELB."); }

    int run(const QStringList& arguments, Console& console) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            CloudTexts::tr("Pushes the certificate with the given id to a cloud service in one or more regions (one "
                           "region: push, several: batch push). Push is available in cn-north-4 and ap-southeast-1."));
        parser.addHelpOption();
        ConnectionOptions connection;
        connection.addTo(parser, true);
        const QCommandLineOption service(QStringLiteral("service"), CloudTexts::tr("The service: CDN, WAF or ELB."),
                                         QStringLiteral("SERVICE"));
        const QCommandLineOption project(QStringLiteral("project"),
                                         CloudTexts::tr("A target region, e.g. cn-north-4 (repeat for several)."),
                                         QStringLiteral("REGION"));
        parser.addOptions({service, project});
        parser.addPositionalArgument(QStringLiteral("ID"), CloudTexts::tr("Certificate id."));
        int exitCode = ExitOk;
        if (!parse(parser, name(), arguments, console, exitCode))
            return exitCode;
        const bool asJson = parser.isSet(QStringLiteral("json"));
        if (parser.positionalArguments().size() != 1 || !parser.isSet(service) || !parser.isSet(project)) {
            console.error(
                CloudTexts::tr("Give one certificate id, --service and at least one --project. See `ccmctl push "
                               "--help`."));
            return ExitUsage;
        }
        Connection conn;
        if (!connect(parser, connection, console, conn))
            return ExitUsage;
        cloud::ScmClient client(conn.options);
        const QString id = parser.positionalArguments().first();
        const cloud::PushRequest push{parser.value(service).toUpper(), parser.values(project)};
        auto pushed =
            await<QString>([&](QObject* context, auto done) { client.pushCertificate(id, push, context, done); });
        const history::PushTarget target{push.service, push.projects};
        const bool refusedHere = !pushed && (pushed.error().code == QLatin1String("cloud.invalid-push") ||
                                             pushed.error().code == QLatin1String("cloud.push-unavailable"));
        if (refusedHere) {
            console.error(pushed.error().message);
            return ExitUsage;
        }
        // Every push the service was asked for is in the activity history, with its request id or its error.
        recordActivity(application::activityRecord(history::Action::Push, conn.profile, conn.options.endpoint.scm, id,
                                                   {}, target.toText(), pushed),
                       console);
        if (!pushed)
            return failure(console, pushed.error(), asJson);
        if (asJson) {
            console.print(json(QJsonObject{{QStringLiteral("pushed"), id},
                                           {QStringLiteral("service"), push.service},
                                           {QStringLiteral("projects"), QJsonArray::fromStringList(push.projects)},
                                           {QStringLiteral("request_id"), *pushed}}));
        } else {
            console.println(CloudTexts::tr("Pushed %1 to %2 in %3.")
                                .arg(id, push.service, push.projects.join(QStringLiteral(", "))));
        }
        return ExitOk;
    }
};

/// `ccmctl expiring [--within DAYS]`
class ExpiringCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("expiring"); }
    QString summary() const override { return CloudTexts::tr("List certificates that expire soon (exit status 5)."); }

    int run(const QStringList& arguments, Console& console) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(CloudTexts::tr(
            "Lists the account's certificates that expire within DAYS (default 30) or have expired, "
            "soonest first.\nExit status: 0 none, 5 some (for cron jobs and monitoring checks), 2 usage, "
            "3 rejected by the service, 4 network or TLS failure."));
        parser.addHelpOption();
        ConnectionOptions connection;
        connection.addTo(parser, true);
        const QCommandLineOption within(QStringLiteral("within"), CloudTexts::tr("The window in days (default 30)."),
                                        QStringLiteral("DAYS"), QStringLiteral("30"));
        parser.addOption(within);
        int exitCode = ExitOk;
        if (!parse(parser, name(), arguments, console, exitCode))
            return exitCode;
        const bool asJson = parser.isSet(QStringLiteral("json"));
        bool ok = false;
        const int days = parser.value(within).toInt(&ok);
        if (!ok || days < 0 || days > 36500) {
            console.error(CloudTexts::tr("--within takes a number of days from 0 to 36500, not \"%1\".")
                              .arg(parser.value(within)));
            return ExitUsage;
        }
        Connection conn;
        if (!connect(parser, connection, console, conn))
            return ExitUsage;
        cloud::ScmClient client(conn.options);
        cloud::ListQuery query;
        query.sortKey = QStringLiteral("certExpiredTime");
        query.sortDir = QStringLiteral("ASC");
        auto listed =
            await<cloud::CertificateList>([&](QObject* context, auto done) { client.listAll(query, context, done); });
        if (!listed)
            return failure(console, listed.error(), asJson);
        if (!listed->complete) {
            console.error(
                CloudTexts::tr("Warning: the account holds %1 certificates, more than the API's paging reaches "
                               "(%2 checked).")
                    .arg(listed->totalCount)
                    .arg(listed->certificates.size()));
        }
        const QDateTime now = conn.options.clock->now().toUTC();
        struct Entry
        {
            QJsonObject object;
            QDateTime expires;
        };
        QList<Entry> soon;
        for (const QJsonObject& certificate : listed->certificates) {
            const QDateTime expires =
                cloud::parseServiceTime(certificate.value(QLatin1String("expire_time")).toString());
            if (expires.isValid() && daysLeft(expires, now) <= days)
                soon.append({certificate, expires});
        }
        std::stable_sort(soon.begin(), soon.end(),
                         [](const Entry& a, const Entry& b) { return a.expires < b.expires; });
        if (asJson) {
            QJsonArray array;
            for (const Entry& entry : soon) {
                QJsonObject object{{QStringLiteral("id"), entry.object.value(QLatin1String("id"))},
                                   {QStringLiteral("name"), entry.object.value(QLatin1String("name"))},
                                   {QStringLiteral("domain"), entry.object.value(QLatin1String("domain"))},
                                   {QStringLiteral("expire_time"), entry.object.value(QLatin1String("expire_time"))},
                                   {QStringLiteral("days_left"), daysLeft(entry.expires, now)},
                                   {QStringLiteral("expired"), entry.expires <= now}};
                array.append(object);
            }
            console.print(json(QJsonObject{{QStringLiteral("within_days"), days},
                                           {QStringLiteral("certificates"), array},
                                           {QStringLiteral("complete"), listed->complete}}));
        } else if (soon.isEmpty()) {
            console.println(CloudTexts::tr("No certificate expires within %n day(s).", nullptr, days));
        } else {
            for (const Entry& entry : soon) {
                const qint64 left = daysLeft(entry.expires, now);
                const QString when = entry.expires <= now ? CloudTexts::tr("expired %n day(s) ago", nullptr, int(-left))
                                                          : CloudTexts::tr("%n day(s) left", nullptr, int(left));
                console.println(QStringLiteral("%1  %2  %3  %4  %5")
                                    .arg(entry.object.value(QLatin1String("id")).toString(),
                                         entry.object.value(QLatin1String("name")).toString().leftJustified(24),
                                         entry.object.value(QLatin1String("domain")).toString().leftJustified(24),
                                         entry.object.value(QLatin1String("expire_time")).toString(), when));
            }
        }
        return soon.isEmpty() ? ExitOk : ExitExpiring;
    }
};

} // namespace

int followRenewal(cloud::ScmClient& client, const Connection& connection, const RenewalSteps& steps, QJsonObject& out,
                  Console& console)
{
    auto renewed = await<QList<cloud::RenewedCertificate>>([&](QObject* context, auto done) {
        client.findRenewed(steps.domains, steps.notAfter, steps.certificateId, context, done);
    });
    if (!renewed) {
        console.error(
            CloudTexts::tr("Could not look for the certificates this one renews: %1").arg(renewed.error().message));
        return steps.pushLikeRenewed || steps.deleteRenewed ? failure(console, renewed.error(), false) : ExitOk;
    }
    QJsonArray renews;
    for (const auto& old : *renewed) {
        renews.append(QJsonObject{{QStringLiteral("id"), old.id},
                                  {QStringLiteral("name"), old.name},
                                  {QStringLiteral("expire_time"), old.expireTime}});
    }
    out.insert(QStringLiteral("renews"), renews);
    if (renewed->isEmpty() || (!steps.pushLikeRenewed && !steps.deleteRenewed))
        return ExitOk;

    if (steps.pushLikeRenewed) {
        // Where the renewed certificates were pushed, as this computer's activity history knows it.
        QStringList renewedIds;
        for (const auto& old : *renewed)
            renewedIds << old.id;
        history::ImportHistory ledger;
        QList<history::PushTarget> targets;
        if (ledger.open()) {
            if (auto known = ledger.pushTargets(renewedIds))
                targets = std::move(known).value();
        }
        if (targets.isEmpty())
            console.error(CloudTexts::tr("No push of the renewed certificates is recorded on this computer; nothing to "
                                         "push."));
        QJsonArray pushed;
        for (const history::PushTarget& target : targets) {
            const cloud::PushRequest push{target.service, target.projects};
            auto result = await<QString>(
                [&](QObject* context, auto done) { client.pushCertificate(steps.certificateId, push, context, done); });
            recordActivity(application::activityRecord(history::Action::Push, connection.profile,
                                                       connection.options.endpoint.scm, steps.certificateId,
                                                       steps.certificateName, target.toText(), result),
                           console);
            if (!result) {
                out.insert(QStringLiteral("pushed"), pushed);
                console.error(CloudTexts::tr("The renewed certificates were not deleted: a push failed."));
                return failure(console, result.error(), false);
            }
            pushed.append(QJsonObject{{QStringLiteral("service"), target.service},
                                      {QStringLiteral("projects"), QJsonArray::fromStringList(target.projects)},
                                      {QStringLiteral("request_id"), *result}});
        }
        out.insert(QStringLiteral("pushed"), pushed);
    }
    if (steps.deleteRenewed) {
        QJsonArray deleted;
        for (const auto& old : *renewed) {
            if (old.id == steps.certificateId)
                continue; // never the certificate just imported
            auto result =
                await<QString>([&](QObject* context, auto done) { client.deleteCertificate(old.id, context, done); });
            recordActivity(application::activityRecord(history::Action::Delete, connection.profile,
                                                       connection.options.endpoint.scm, old.id, old.name, {}, result),
                           console);
            if (!result) {
                out.insert(QStringLiteral("deleted"), deleted);
                return failure(console, result.error(), false);
            }
            deleted.append(old.id);
        }
        out.insert(QStringLiteral("deleted"), deleted);
    }
    return ExitOk;
}

void appendAccountCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<ShowCommand>());
    commands.push_back(std::make_unique<PushCommand>());
    commands.push_back(std::make_unique<ExpiringCommand>());
}

} // namespace ccm::cli
