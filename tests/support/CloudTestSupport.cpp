#include "CloudTestSupport.h"

#include "TestData.h"

#include "application/ProfileClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace ccm::test {

cloud::Credentials sandboxCredentials(bool withDomain)
{
    cloud::Credentials credentials = sandbox::Sandbox::demoCredentials().akSk();
    if (!withDomain)
        credentials.domainId.clear();
    return credentials;
}

cloud::ScmClient::Options sandboxOptions(const sandbox::Sandbox& sandbox, bool withDomain)
{
    cloud::ScmClient::Options options;
    options.endpoint = {sandbox.endpoint(), sandbox.endpoint(), {}, {}};
    options.credentials = sandboxCredentials(withDomain);
    options.retry.baseDelayMs = 10;
    options.retry.maxDelayMs = 50;
    options.timeoutMs = 10000;
    return options;
}

static QByteArray readFixture(const QString& relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return file.readAll();
}

cloud::ImportRequest fixtureImport(const QStringList& files, const QString& name, bool allowDuplicate)
{
    InspectionRequest request;
    for (const QString& file : files)
        request.inputs.append(InputSource{file, readFixture(file)});
    request.form.name = name;
    if (allowDuplicate)
        request.form.duplicateCheck = true;
    const Inspection inspection = Inspector().inspect(request);
    if (!inspection.payloadReady())
        qFatal("fixture import not ready: %s", qPrintable(inspection.findings.value(0).message));
    return application::importRequest(inspection, request.form, allowDuplicate);
}

QByteArray rawImportBody(const QString& name, const QByteArray& certificate, const QByteArray& key,
                         const QByteArray& chain)
{
    QJsonObject body{{QStringLiteral("name"), name},
                     {QStringLiteral("certificate"), QString::fromUtf8(certificate)},
                     {QStringLiteral("private_key"), QString::fromUtf8(key)}};
    if (!chain.isEmpty())
        body.insert(QStringLiteral("certificate_chain"), QString::fromUtf8(chain));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

const QList<LostAnswerFault>& lostAnswerFaults()
{
    using sandbox::Fault;
    static const QList<LostAnswerFault> faults{
        {"reset before storing", Fault::ResetBeforeStore, 2, false},
        {"close before storing", Fault::CloseBeforeStore, 2, false},
        {"reset after storing", Fault::ResetAfterStore, 1, true},
        {"close after storing", Fault::CloseAfterStore, 1, true},
        {"answer cut off", Fault::ResetAfterBody, 1, true},
        {"answer not JSON", Fault::MalformedJson, 1, true},
        {"502 after storing", Fault::BadGateway, 1, true},
        {"503 after storing", Fault::ServiceUnavailable, 1, true},
        {"504 APIG.0201 after storing", Fault::GatewayTimeout, 1, true},
        {"500 without SCM code after storing", Fault::ServerErrorNoCode, 1, true},
        {"slow past the timeout after storing", Fault::Delay, 1, true},
    };
    return faults;
}

void addLostAnswerRows(bool withRecovered)
{
    QTest::addColumn<sandbox::Fault>("fault");
    QTest::addColumn<bool>("allowDuplicate");
    QTest::addColumn<int>("posts");
    if (withRecovered)
        QTest::addColumn<bool>("recovered");
    for (const LostAnswerFault& row : lostAnswerFaults()) {
        for (const bool allow : {false, true}) {
            auto& data = QTest::addRow("%s, duplicates %s", row.name, allow ? "allowed" : "refused")
                         << row.fault << allow << row.posts;
            if (withRecovered)
                data << row.recovered;
        }
    }
}

} // namespace ccm::test
