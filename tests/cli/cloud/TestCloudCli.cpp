#include "history/ImportHistory.h"
#include "sandbox/Sandbox.h"

#include "CloudTestSupport.h"
#include "TestData.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ccm;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

/// The built ccmctl's import/list/delete/sandbox commands against an in-process sandbox, credentials from the
/// environment; the exit statuses scripts rely on.
class TestCloudCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importListDelete();
    void importExactlyOnce_data();
    void importExactlyOnce();
    void showPushDeleteAndHistory();
    void pushRefusals();
    void renewalDetected();
    void pushLikeRenewedThenDelete();
    void deleteRenewedNeedsEveryPush();
    void expiringExitCodes();
    void regionAndIamEndpointFromTheEnvironment();
    void builtInSandboxIsShared();
    void exitCodes_data();
    void exitCodes();
    void sandboxCommand();

private:
    /// Runs ccmctl without blocking the event loop, so the in-process sandbox can answer it.
    Run ccmctl(const QStringList& arguments, const QStringList& unset = {}, const QStringList& extraEnv = {});
    QProcessEnvironment environment() const;

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QTemporaryDir m_home;
};

QProcessEnvironment TestCloudCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"CLOUD_SDK_AK", "CLOUD_SDK_SK", "HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN",
          "HUAWEICLOUD_SDK_DOMAIN_ID", "HUAWEICLOUD_SDK_AUTH_TOKEN"})
        env.remove(QLatin1String(name));
    const auto demo = sandbox::Sandbox::demoCredentials();
    env.insert(QStringLiteral("CLOUD_SDK_AK"), demo.accessKeyId);
    env.insert(QStringLiteral("CLOUD_SDK_SK"), demo.secretKey);
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    return env;
}

Run TestCloudCli::ccmctl(const QStringList& arguments, const QStringList& unset, const QStringList& extraEnv)
{
    QProcess process;
    QProcessEnvironment env = environment();
    for (const QString& name : unset)
        env.remove(name);
    for (const QString& pair : extraEnv)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(CCMCTL_PATH), arguments);
    loop.exec();
    Run run;
    run.exitCode = process.state() == QProcess::NotRunning ? process.exitCode() : -1;
    if (process.state() != QProcess::NotRunning)
        process.kill(), process.waitForFinished();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCloudCli::init()
{
    m_sandbox = std::make_unique<sandbox::Sandbox>();
    QVERIFY(m_sandbox->start().ok());
}

void TestCloudCli::cleanup()
{
    m_sandbox.reset();
}

void TestCloudCli::importListDelete()
{
    const QString endpoint = m_sandbox->endpoint().toString();
    const QStringList files{test::dataPath(QStringLiteral("rsa/leaf.pem")),
                            test::dataPath(QStringLiteral("rsa/chain.pem")),
                            test::dataPath(QStringLiteral("rsa/leaf.key"))};
    Run first = ccmctl(QStringList{QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--endpoint"),
                                   endpoint, QStringLiteral("--name"), QStringLiteral("cli-import")} +
                       files);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QString id = first.json().value(QLatin1String("certificate_id")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^scs\\d{13}$")).match(id).hasMatch());
    QVERIFY(!first.json().value(QLatin1String("request_id")).toString().isEmpty());
    QVERIFY(!first.json().contains(QLatin1String("duplicate_of")));

    // The same certificate again: reported, not imported, exit 0.
    Run again =
        ccmctl(QStringList{QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--endpoint"), endpoint} +
               files);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().value(QLatin1String("duplicate_of")).toString(), id);
    QCOMPARE(m_sandbox->certificateCount(), 1);

    Run copy = ccmctl(QStringList{QStringLiteral("import"), QStringLiteral("--allow-duplicate"),
                                  QStringLiteral("--endpoint"), endpoint} +
                      files);
    QCOMPARE(copy.exitCode, 0);
    QCOMPARE(m_sandbox->certificateCount(), 2);

    // Each successful run is in the import ledger (newest first); the second one as "already present".
    history::ImportHistory ledger(m_home.filePath(QStringLiteral("data/ccm-importer/history.sqlite")));
    QVERIFY(ledger.open());
    const auto records = ledger.recent();
    QVERIFY(records);
    QCOMPARE(records->size(), 3);
    QCOMPARE(records->at(2).certificateId, id);
    QCOMPARE(records->at(2).certificateName, QStringLiteral("cli-import"));
    QCOMPARE(records->at(2).outcome, history::ImportOutcome::Imported);
    QCOMPARE(records->at(2).endpoint, endpoint);
    QCOMPARE(records->at(1).outcome, history::ImportOutcome::AlreadyPresent);
    QCOMPARE(records->at(1).certificateId, id);
    QCOMPARE(records->at(0).outcome, history::ImportOutcome::Imported);
    QVERIFY(records->at(0).certificateId != id);
    QCOMPARE(records->at(0).sha256Fingerprint.size(), 64);

    Run list = ccmctl({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--endpoint"), endpoint});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.json().value(QLatin1String("total_count")).toInt(), 2);
    Run text = ccmctl({QStringLiteral("list"), QStringLiteral("--endpoint"), endpoint});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(id.toLatin1()));

    Run removed = ccmctl({QStringLiteral("delete"), QStringLiteral("--endpoint"), endpoint, id});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(m_sandbox->certificateCount(), 1);
    Run missing = ccmctl({QStringLiteral("delete"), QStringLiteral("--endpoint"), endpoint, id});
    QCOMPARE(missing.exitCode, 3);

    // An import that fails on the way is in the ledger too, as the application records it.
    Run unreachable = ccmctl(
        QStringList{QStringLiteral("import"), QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:1")} +
        files);
    QCOMPARE(unreachable.exitCode, 4);
    const auto afterFailure = ledger.recent(1);
    QVERIFY(afterFailure);
    QCOMPARE(afterFailure->value(0).outcome, history::ImportOutcome::Failed);
    QVERIFY(afterFailure->value(0).errorCode.startsWith(QLatin1String("cloud.network.")));
    QVERIFY(afterFailure->value(0).certificateId.isEmpty());
}

void TestCloudCli::importExactlyOnce_data()
{
    ccm::test::addLostAnswerRows();
}

void TestCloudCli::importExactlyOnce()
{
    // The measured failure: the answer lost after the body was stored made ccmctl exit 3 with "already exists"
    // and record "rejected". Now: exit 0, the id of the one stored copy, history "imported".
    QFETCH(sandbox::Fault, fault);
    QFETCH(bool, allowDuplicate);
    QFETCH(int, posts);
    const QString importPath = QStringLiteral("/v3/scm/certificates/import");
    m_sandbox->injectFault(fault, 1, 3000, importPath);
    QStringList arguments{QStringLiteral("import"),         QStringLiteral("--json"),    QStringLiteral("--endpoint"),
                          m_sandbox->endpoint().toString(), QStringLiteral("--timeout"), QStringLiteral("1"),
                          QStringLiteral("--name"),         QStringLiteral("once")};
    if (allowDuplicate)
        arguments << QStringLiteral("--allow-duplicate");
    arguments << test::dataPath(QStringLiteral("rsa/leaf.pem")) << test::dataPath(QStringLiteral("rsa/chain.pem"))
              << test::dataPath(QStringLiteral("rsa/leaf.key"));
    const Run run = ccmctl(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_sandbox->countRequests(QStringLiteral("POST"), importPath), posts);
    QCOMPARE(m_sandbox->certificateCount(), 1);
    const QString id = m_sandbox->certificates().first().id;
    QCOMPARE(run.json().value(QLatin1String("certificate_id")).toString(), id);
    QCOMPARE(run.json().value(QLatin1String("attempts")).toInt(), posts);
    QCOMPARE(run.json().value(QLatin1String("recovered")).toBool(), posts == 1);
    QVERIFY(!run.json().contains(QLatin1String("duplicate_of")));
    QVERIFY2(run.err.contains("The answer was lost; checking whether \"once\" arrived"), run.err.constData());

    history::ImportHistory ledger(m_home.filePath(QStringLiteral("data/ccm-importer/history.sqlite")));
    QVERIFY(ledger.open());
    const auto records = ledger.recent();
    QVERIFY(records && !records->isEmpty());
    QCOMPARE(records->first().outcome, history::ImportOutcome::Imported); // the newest line is this run's
    QCOMPARE(records->first().certificateId, id);
}

namespace {

QStringList renewalFiles(const QString& leaf)
{
    return {test::dataPath(QStringLiteral("renewal/%1.pem").arg(leaf)),
            test::dataPath(QStringLiteral("renewal/chain.pem")),
            test::dataPath(QStringLiteral("renewal/%1.key").arg(leaf))};
}

QStringList ids(const QJsonArray& array)
{
    QStringList out;
    for (const auto& value : array)
        out << (value.isObject() ? value.toObject().value(QLatin1String("id")).toString() : value.toString());
    return out;
}

} // namespace

void TestCloudCli::showPushDeleteAndHistory()
{
    const QStringList endpoint{QStringLiteral("--endpoint"), m_sandbox->endpoint().toString()};
    const Run imported = ccmctl(QStringList{QStringLiteral("import"), QStringLiteral("--json")} + endpoint +
                                renewalFiles(QStringLiteral("new")));
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QString id = imported.json().value(QLatin1String("certificate_id")).toString();

    const Run shown =
        ccmctl(QStringList{QStringLiteral("show"), QStringLiteral("--json")} + endpoint + QStringList{id});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.json().value(QLatin1String("id")).toString(), id);
    QCOMPARE(shown.json().value(QLatin1String("fingerprint")).toString(), m_sandbox->certificates().first().sha1);
    const Run text = ccmctl(QStringList{QStringLiteral("show")} + endpoint + QStringList{id});
    QVERIFY2(text.out.contains("www.renew.test") && text.out.contains("2044-01-01"), text.out.constData());

    // One region: push; several: batch push; exactly these bodies reach the service.
    const Run one = ccmctl(QStringList{QStringLiteral("push"), id, QStringLiteral("--service"), QStringLiteral("CDN"),
                                       QStringLiteral("--project"), QStringLiteral("cn-north-4")} +
                           endpoint);
    QVERIFY2(one.exitCode == 0, one.err.constData());
    const Run batch =
        ccmctl(QStringList{QStringLiteral("push"), id, QStringLiteral("--json"), QStringLiteral("--service"),
                           QStringLiteral("waf"), QStringLiteral("--project"), QStringLiteral("cn-north-4"),
                           QStringLiteral("--project"), QStringLiteral("ap-southeast-1")} +
               endpoint);
    QVERIFY2(batch.exitCode == 0, batch.err.constData());
    QVERIFY(!batch.json().value(QLatin1String("request_id")).toString().isEmpty());
    const QList<sandbox::PushRecord> expected{
        {id, QStringLiteral("CDN"), {QStringLiteral("cn-north-4")}, false},
        {id, QStringLiteral("WAF"), {QStringLiteral("cn-north-4"), QStringLiteral("ap-southeast-1")}, true}};
    QCOMPARE(m_sandbox->pushes(), expected);

    const Run removed = ccmctl(QStringList{QStringLiteral("delete")} + endpoint + QStringList{id});
    QCOMPARE(removed.exitCode, 0);

    // The activity history: import, two pushes (with their targets and request ids), delete.
    history::ImportHistory ledger(m_home.filePath(QStringLiteral("data/ccm-importer/history.sqlite")));
    QVERIFY(ledger.open());
    const auto records = ledger.recent(4);
    QVERIFY(records && records->size() == 4);
    QCOMPARE(records->at(0).action, history::Action::Delete);
    QCOMPARE(records->at(0).outcome, history::ImportOutcome::Done);
    QCOMPARE(records->at(0).certificateId, id);
    QCOMPARE(records->at(1).action, history::Action::Push);
    QCOMPARE(records->at(1).targets, QStringLiteral("WAF:cn-north-4,ap-southeast-1"));
    QCOMPARE(records->at(1).requestId, batch.json().value(QLatin1String("request_id")).toString());
    QCOMPARE(records->at(2).targets, QStringLiteral("CDN:cn-north-4"));
    QVERIFY(!records->at(2).requestId.isEmpty());
    QCOMPARE(records->at(3).action, history::Action::Import);
    const auto targets = ledger.pushTargets({id});
    QVERIFY(targets);
    QCOMPARE(targets->size(), 2);
}

void TestCloudCli::pushRefusals()
{
    const QStringList endpoint{QStringLiteral("--endpoint"), m_sandbox->endpoint().toString()};
    const Run imported = ccmctl(QStringList{QStringLiteral("import"), QStringLiteral("--json")} + endpoint +
                                renewalFiles(QStringLiteral("new")));
    QCOMPARE(imported.exitCode, 0);
    const QString id = imported.json().value(QLatin1String("certificate_id")).toString();
    const QStringList cdn{QStringLiteral("--service"), QStringLiteral("CDN"), QStringLiteral("--project"),
                          QStringLiteral("cn-north-4")};

    // SCM.0030 from the service, explained.
    m_sandbox->injectFault(sandbox::Fault::CannotPush, 1, 0, QStringLiteral("/v3/scm/certificates/") + id);
    const QString pushPath = QStringLiteral("/v3/scm/certificates/%1/push").arg(id);
    const Run refused = ccmctl(QStringList{QStringLiteral("push"), id} + cdn + endpoint);
    QCOMPARE(refused.exitCode, 3);
    QCOMPARE(m_sandbox->countRequests(QStringLiteral("POST"), pushPath), 1); // refused once, not sent again
    QVERIFY2(refused.err.contains("cannot be pushed to that cloud service") && refused.err.contains("SCM.0030"),
             refused.err.constData());
    // A region without push: said plainly, nothing sent.
    const int before = int(m_sandbox->requestLog().size());
    const Run region =
        ccmctl(QStringList{QStringLiteral("push"), id, QStringLiteral("--region"), QStringLiteral("eu-west-101")} +
               cdn + endpoint);
    QCOMPARE(region.exitCode, 2);
    QVERIFY2(region.err.contains("only available in cn-north-4") && region.err.contains("eu-west-101"),
             region.err.constData());
    const Run service =
        ccmctl(QStringList{QStringLiteral("push"), id, QStringLiteral("--service"), QStringLiteral("OBS"),
                           QStringLiteral("--project"), QStringLiteral("cn-north-4")} +
               endpoint);
    QCOMPARE(service.exitCode, 2);
    QVERIFY2(service.err.contains("CDN, WAF or ELB"), service.err.constData());
    QCOMPARE(int(m_sandbox->requestLog().size()), before);
    QVERIFY(m_sandbox->pushes().isEmpty());
}

void TestCloudCli::renewalDetected()
{
    const QStringList endpoint{QStringLiteral("--endpoint"), m_sandbox->endpoint().toString()};
    QStringList oldIds;
    for (const char* leaf : {"older", "old", "other-domains", "later"}) {
        const Run run = ccmctl(QStringList{QStringLiteral("import"), QStringLiteral("--json")} + endpoint +
                               renewalFiles(QLatin1String(leaf)));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        oldIds << run.json().value(QLatin1String("certificate_id")).toString();
    }
    const Run renewed = ccmctl(QStringList{QStringLiteral("import"), QStringLiteral("--json")} + endpoint +
                               renewalFiles(QStringLiteral("new")));
    QVERIFY2(renewed.exitCode == 0, renewed.err.constData());
    // The same domains and an earlier expiry, soonest first: not the one for other domains, not the later one.
    QCOMPARE(ids(renewed.json().value(QLatin1String("renews")).toArray()), (QStringList{oldIds.at(0), oldIds.at(1)}));
    QCOMPARE(renewed.json()
                 .value(QLatin1String("renews"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("expire_time"))
                 .toString(),
             QStringLiteral("2035-01-01 00:00:00.0"));
    const Run text = ccmctl(QStringList{QStringLiteral("import"), QStringLiteral("--allow-duplicate")} + endpoint +
                            renewalFiles(QStringLiteral("new")));
    QVERIFY2(text.out.contains(QByteArray("This renews " + oldIds.at(0).toLatin1())), text.out.constData());
    QCOMPARE(m_sandbox->certificateCount(), 6); // nothing deleted without --delete-renewed
}

void TestCloudCli::pushLikeRenewedThenDelete()
{
    const QStringList endpoint{QStringLiteral("--endpoint"), m_sandbox->endpoint().toString()};
    const Run old = ccmctl(QStringList{QStringLiteral("import"), QStringLiteral("--json")} + endpoint +
                           renewalFiles(QStringLiteral("old")));
    QCOMPARE(old.exitCode, 0);
    const QString oldId = old.json().value(QLatin1String("certificate_id")).toString();
    QCOMPARE(ccmctl(QStringList{QStringLiteral("push"), oldId, QStringLiteral("--service"), QStringLiteral("CDN"),
                                QStringLiteral("--project"), QStringLiteral("cn-north-4")} +
                    endpoint)
                 .exitCode,
             0);
    QCOMPARE(ccmctl(QStringList{QStringLiteral("push"), oldId, QStringLiteral("--service"), QStringLiteral("ELB"),
                                QStringLiteral("--project"), QStringLiteral("ap-southeast-1")} +
                    endpoint)
                 .exitCode,
             0);

    const Run hook = ccmctl(QStringList{QStringLiteral("import"), QStringLiteral("--json"),
                                        QStringLiteral("--push-like-renewed"), QStringLiteral("--delete-renewed")} +
                            endpoint + renewalFiles(QStringLiteral("new")));
    QVERIFY2(hook.exitCode == 0, hook.err.constData());
    const QString newId = hook.json().value(QLatin1String("certificate_id")).toString();
    // Pushed where the renewed one was, then the renewed one deleted; the new one stays.
    const QList<sandbox::PushRecord> pushes = m_sandbox->pushes().mid(2);
    const QList<sandbox::PushRecord> expected{
        {newId, QStringLiteral("CDN"), {QStringLiteral("cn-north-4")}, false},
        {newId, QStringLiteral("ELB"), {QStringLiteral("ap-southeast-1")}, false}};
    QCOMPARE(pushes, expected);
    QCOMPARE(ids(hook.json().value(QLatin1String("deleted")).toArray()), QStringList{oldId});
    QCOMPARE(m_sandbox->certificateCount(), 1);
    QCOMPARE(m_sandbox->certificates().first().id, newId);
}

void TestCloudCli::deleteRenewedNeedsEveryPush()
{
    const QStringList endpoint{QStringLiteral("--endpoint"), m_sandbox->endpoint().toString()};
    const Run old = ccmctl(QStringList{QStringLiteral("import"), QStringLiteral("--json")} + endpoint +
                           renewalFiles(QStringLiteral("old")));
    const QString oldId = old.json().value(QLatin1String("certificate_id")).toString();
    QCOMPARE(ccmctl(QStringList{QStringLiteral("push"), oldId, QStringLiteral("--service"), QStringLiteral("WAF"),
                                QStringLiteral("--project"), QStringLiteral("cn-north-4")} +
                    endpoint)
                 .exitCode,
             0);
    m_sandbox->injectFault(sandbox::Fault::CannotPush, 1, 0, QStringLiteral("/v3/scm/certificates/scs"));
    const Run hook = ccmctl(QStringList{QStringLiteral("import"), QStringLiteral("--json"),
                                        QStringLiteral("--push-like-renewed"), QStringLiteral("--delete-renewed")} +
                            endpoint + renewalFiles(QStringLiteral("new")));
    QCOMPARE(hook.exitCode, 3);
    QVERIFY2(hook.err.contains("were not deleted"), hook.err.constData());
    QCOMPARE(m_sandbox->certificateCount(), 2); // the renewed one is kept
    QCOMPARE(m_sandbox->countRequests(QStringLiteral("DELETE"), QStringLiteral("/v3/scm/certificates/") + oldId), 0);
    QCOMPARE(m_sandbox->pushes().size(), 1); // only the push made before the renewal
}

void TestCloudCli::expiringExitCodes()
{
    const QStringList endpoint{QStringLiteral("--endpoint"), m_sandbox->endpoint().toString()};
    for (const char* leaf : {"new", "older"})
        QCOMPARE(ccmctl(QStringList{QStringLiteral("import")} + endpoint + renewalFiles(QLatin1String(leaf))).exitCode,
                 0);
    // "older" expires on 2035-01-01, "new" on 2044-01-01: windows just short of and just past the first.
    const qint64 days = QDateTime::currentDateTimeUtc().date().daysTo(QDate(2035, 1, 1));
    const Run none = ccmctl(
        QStringList{QStringLiteral("expiring"), QStringLiteral("--within"), QString::number(days - 2)} + endpoint);
    QCOMPARE(none.exitCode, 0);
    QVERIFY2(none.out.startsWith("No certificate expires"), none.out.constData());
    const Run some = ccmctl(QStringList{QStringLiteral("expiring"), QStringLiteral("--json"),
                                        QStringLiteral("--within"), QString::number(days + 2)} +
                            endpoint);
    QCOMPARE(some.exitCode, 5);
    const QJsonArray listed = some.json().value(QLatin1String("certificates")).toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value(QLatin1String("expire_time")).toString(),
             QStringLiteral("2035-01-01 00:00:00.0"));
    QCOMPARE(listed.first().toObject().value(QLatin1String("days_left")).toInteger(), days);
    const Run both = ccmctl(
        QStringList{QStringLiteral("expiring"), QStringLiteral("--within"), QString::number(days + 3500)} + endpoint);
    QCOMPARE(both.exitCode, 5);
    QVERIFY2(both.out.indexOf("2035-01-01") < both.out.indexOf("2044-01-01"), both.out.constData()); // soonest first
    QCOMPARE(
        ccmctl(QStringList{QStringLiteral("expiring"), QStringLiteral("--within"), QStringLiteral("-1")} + endpoint)
            .exitCode,
        2);
}

void TestCloudCli::regionAndIamEndpointFromTheEnvironment()
{
    // HUAWEICLOUD_SDK_IAM_ENDPOINT: without an account id, the signed account lookup goes there.
    const QString endpoint = m_sandbox->endpoint().toString();
    const Run listed = ccmctl(
        {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--endpoint"), endpoint},
        {QStringLiteral("HUAWEICLOUD_SDK_DOMAIN_ID")}, {QStringLiteral("HUAWEICLOUD_SDK_IAM_ENDPOINT=") + endpoint});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QCOMPARE(m_sandbox->countRequests(QStringLiteral("GET"), QStringLiteral("/v3/auth/domains")), 1);
    // HUAWEICLOUD_SDK_REGION: the region used when neither --region nor --endpoint is given (here one without
    // push, which is said before anything is sent).
    const int before = int(m_sandbox->requestLog().size());
    const Run pushed = ccmctl({QStringLiteral("push"), QStringLiteral("scs0000000000001"), QStringLiteral("--service"),
                               QStringLiteral("CDN"), QStringLiteral("--project"), QStringLiteral("cn-north-4")},
                              {}, {QStringLiteral("HUAWEICLOUD_SDK_REGION=eu-west-101")});
    QCOMPARE(pushed.exitCode, 2);
    QVERIFY2(pushed.err.contains("this account's endpoint is in eu-west-101"), pushed.err.constData());
    QCOMPARE(int(m_sandbox->requestLog().size()), before);
}

void TestCloudCli::builtInSandboxIsShared()
{
    // ccmctl's "Local sandbox" profile and a running application's sandbox (played by m_sandbox) share one
    // state file, so what one imports the other lists, finds as a duplicate and deletes.
    const QString stateFile = m_home.filePath(QStringLiteral("data/ccm-importer/sandbox-state.json"));
    QFile::remove(stateFile);
    QVERIFY(m_sandbox->setStateFile(stateFile).ok());
    const QString endpoint = m_sandbox->endpoint().toString();
    const QStringList files{test::dataPath(QStringLiteral("rsa/fullchain.pem")),
                            test::dataPath(QStringLiteral("rsa/leaf.key"))};
    const QStringList viaProfile{QStringLiteral("--profile"), QStringLiteral("sandbox")};

    const Run first = ccmctl(QStringList{QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--name"),
                                         QStringLiteral("shared-1")} +
                             viaProfile + files);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QString id = first.json().value(QLatin1String("certificate_id")).toString();
    QVERIFY(id.startsWith(QLatin1String("scs")));
    QVERIFY(QFile::exists(stateFile));

    // A second ccmctl process finds that copy: the state outlived the first one.
    const Run again = ccmctl(QStringList{QStringLiteral("import"), QStringLiteral("--json")} + viaProfile + files);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().value(QLatin1String("duplicate_of")).toString(), id);

    // The long-running sandbox takes the file over on its next request, and keeps ccmctl's record when it changes.
    const Run listed =
        ccmctl({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--endpoint"), endpoint});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.out.contains(id.toLatin1()));
    QCOMPARE(m_sandbox->certificateCount(), 1);
    const Run copy = ccmctl(QStringList{QStringLiteral("import"), QStringLiteral("--allow-duplicate"),
                                        QStringLiteral("--endpoint"), endpoint} +
                            files);
    QCOMPARE(copy.exitCode, 0);
    QCOMPARE(m_sandbox->certificateCount(), 2);
    const Run both = ccmctl(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + viaProfile);
    QCOMPARE(both.json().value(QLatin1String("total_count")).toInt(), 2);

    // "Test connection" of the sandbox profile counts the same certificates.
    const Run tested = ccmctl(
        {QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("sandbox"), QStringLiteral("--json")});
    QVERIFY2(tested.exitCode == 0, tested.err.constData());
    QCOMPARE(tested.json().value(QLatin1String("certificate_count")).toInt(), 2);

    const Run removed = ccmctl(QStringList{QStringLiteral("delete")} + viaProfile + QStringList{id});
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    const Run after =
        ccmctl({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--endpoint"), endpoint});
    QCOMPARE(after.json().value(QLatin1String("total_count")).toInt(), 1);
    QVERIFY(!after.out.contains(id.toLatin1()));
}

void TestCloudCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("unset");
    QTest::addColumn<QStringList>("extraEnv");
    QTest::addColumn<int>("exitCode");
    const QString leaf = test::dataPath(QStringLiteral("rsa/leaf.pem"));
    const QString chain = test::dataPath(QStringLiteral("rsa/chain.pem"));
    const QString key = test::dataPath(QStringLiteral("rsa/leaf.key"));
    const QString otherKey = test::dataPath(QStringLiteral("other/other-leaf.key"));
    const QString sandboxUrl = QStringLiteral("@SANDBOX@");
    QTest::addRow("refused-by-validation")
        << QStringList{QStringLiteral("import"), QStringLiteral("--endpoint"), sandboxUrl, leaf, chain, otherKey}
        << QStringList{} << QStringList{} << 1;
    QTest::addRow("no-files") << QStringList{QStringLiteral("import"), QStringLiteral("--endpoint"), sandboxUrl}
                              << QStringList{} << QStringList{} << 2;
    QTest::addRow("no-credentials") << QStringList{QStringLiteral("list"), QStringLiteral("--endpoint"), sandboxUrl}
                                    << QStringList{QStringLiteral("CLOUD_SDK_AK"), QStringLiteral("CLOUD_SDK_SK")}
                                    << QStringList{} << 2;
    QTest::addRow("plain-http-remote") << QStringList{QStringLiteral("list"), QStringLiteral("--endpoint"),
                                                      QStringLiteral("http://scm.example.test")}
                                       << QStringList{} << QStringList{} << 2;
    QTest::addRow("unknown-option") << QStringList{QStringLiteral("list"), QStringLiteral("--secret-key"),
                                                   QStringLiteral("x")}
                                    << QStringList{} << QStringList{} << 2;
    QTest::addRow("unknown-profile") << QStringList{QStringLiteral("list"), QStringLiteral("--profile"),
                                                    QStringLiteral("no-such-profile")}
                                     << QStringList{} << QStringList{} << 2;
    QTest::addRow("wrong-secret-key") << QStringList{QStringLiteral("list"), QStringLiteral("--endpoint"), sandboxUrl}
                                      << QStringList{} << QStringList{QStringLiteral("CLOUD_SDK_SK=wrong")} << 3;
    QTest::addRow("bad-token") << QStringList{QStringLiteral("list"), QStringLiteral("--endpoint"), sandboxUrl}
                               << QStringList{}
                               << QStringList{QStringLiteral(
                                      "HUAWEICLOUD_SDK_AUTH_TOKEN=MIIsomethingthatisnotatoken0123456789")}
                               << 3;
    QTest::addRow("unreachable") << QStringList{QStringLiteral("list"), QStringLiteral("--endpoint"),
                                                QStringLiteral("http://127.0.0.1:1")}
                                 << QStringList{} << QStringList{} << 4;
    QTest::addRow("hw-variables") << QStringList{QStringLiteral("list"), QStringLiteral("--endpoint"), sandboxUrl}
                                  << QStringList{QStringLiteral("CLOUD_SDK_AK"), QStringLiteral("CLOUD_SDK_SK")}
                                  << QStringList{QStringLiteral("HUAWEICLOUD_SDK_AK=SANDBOXACCESSKEY0001"),
                                                 QStringLiteral("HUAWEICLOUD_SDK_SK=") +
                                                     sandbox::Sandbox::demoCredentials().secretKey,
                                                 QStringLiteral("HUAWEICLOUD_SDK_DOMAIN_ID=") +
                                                     sandbox::Sandbox::demoCredentials().domainId}
                                  << 0;
}

void TestCloudCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, unset);
    QFETCH(QStringList, extraEnv);
    QFETCH(int, exitCode);
    arguments.replaceInStrings(QStringLiteral("@SANDBOX@"), m_sandbox->endpoint().toString());
    const Run run = ccmctl(arguments, unset, extraEnv);
    QVERIFY2(run.exitCode == exitCode, QByteArray(run.out + run.err).constData());
    if (exitCode != 0)
        QVERIFY(!run.err.isEmpty());
    QCOMPARE(m_sandbox->certificateCount(), 0);
    // The secret key never appears in what ccmctl prints.
    QVERIFY(!QByteArray(run.out + run.err).contains(sandbox::Sandbox::demoCredentials().secretKey.toLatin1()));
}

void TestCloudCli::sandboxCommand()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("state.json"));
    QProcess sandbox;
    sandbox.setProcessEnvironment(environment());
    sandbox.start(QStringLiteral(CCMCTL_PATH), {QStringLiteral("sandbox"), QStringLiteral("--state"), state});
    QVERIFY(sandbox.waitForStarted());
    QByteArray printed;
    const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QRegularExpressionMatch match;
    QTRY_VERIFY_WITH_TIMEOUT((printed += sandbox.readAllStandardOutput(),
                              match = listening.match(QString::fromUtf8(printed)), match.hasMatch()),
                             10000);
    QVERIFY(printed.contains("SANDBOXACCESSKEY0001"));
    const QString endpoint = match.captured(1);
    const Run imported =
        ccmctl({QStringLiteral("import"), QStringLiteral("--endpoint"), endpoint,
                test::dataPath(QStringLiteral("rsa/fullchain.pem")), test::dataPath(QStringLiteral("rsa/leaf.key"))});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    sandbox.terminate();
    QVERIFY(sandbox.waitForFinished(10000));
    QCOMPARE(sandbox.exitCode(), 0);
    QFile file(state);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("www.example.test"));
}

QTEST_GUILESS_MAIN(TestCloudCli)
#include "TestCloudCli.moc"
