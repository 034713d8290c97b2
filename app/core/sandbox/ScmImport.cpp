// The SCM emulation's import: the request's fields as the API documents them, the certificate model's verdict on
// the content (off the sandbox's thread), then the duplicate check, the quota and the store.

#include "sandbox/Sandbox.h"

#include "certificate/BundleReader.h"
#include "certificate/Inspection.h"
#include "certificate/OpenSsl.h"
#include "certificate/TrustStore.h"
#include "certificate/Validator.h"
#include "cloud/ScmContract.h"
#include "common/Logging.h"
#include "common/PrivateFiles.h"
#include "common/SecureBytes.h"
#include "sandbox/HttpServer.h"
#include "sandbox/Responses.h"

#include <QJsonDocument>
#include <QLockFile>
#include <QMutexLocker>
#include <QScopeGuard>
#include <QThread>

#include <algorithm>

namespace ccm::sandbox {

namespace {

/// The service's answer to a finding; the order says which problem it would report first.
QString scmCodeFor(const Finding& finding)
{
    return finding.scmCode.isEmpty() ? kInvalidParameter : finding.scmCode;
}

int priorityOf(const Finding& finding)
{
    // What cannot be read at all comes first, then the key, then the chain as sent, then the rest.
    if (finding.unreadableInput)
        return 0;
    static const QStringList order{QStringLiteral("SCM.0053"), QStringLiteral("SCM.0114"), QStringLiteral("SCM.0006"),
                                   QStringLiteral("SCM.0012"), QStringLiteral("SCM.0014"), QStringLiteral("SCM.0079"),
                                   QStringLiteral("SCM.0013"), QStringLiteral("SCM.0009")};
    const auto index = order.indexOf(finding.scmCode);
    return 1 + (index < 0 ? int(order.size()) : int(index));
}

/// The certificates as received (certificate field, then certificate_chain), each followed by its issuer?
bool receivedInIssuerOrder(const QList<InputSource>& inputs)
{
    const ReadResult received = BundleReader().read(inputs);
    for (qsizetype i = 1; i < received.certificates.size(); ++i) {
        const Certificate& subject = received.certificates.at(i - 1).certificate;
        const Certificate& issuer = received.certificates.at(i).certificate;
        if (!subject.namesIssuer(issuer) || !subject.signatureVerifiedBy(issuer))
            return false;
    }
    return true;
}

} // namespace

struct Sandbox::ImportVerdict
{
    std::optional<HttpResponse> rejection; ///< what the service answers when it refuses the import
    CertificateRecord record;              ///< what it keeps otherwise (id and time are set when stored)
};

void Sandbox::importCertificate(const HttpRequest& request, const std::function<void(HttpResponse)>& respond)
{
    ++m_importRequestCount;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject())
        return respond(
            errorResponse(400, kInvalidParameter,
                          QStringLiteral("The request body is not a JSON object: %1").arg(parseError.errorString())));
    const QJsonObject body = document.object();
    for (const QString& key : body.keys()) {
        if (!cloud::contract::importFields().contains(key))
            return respond(
                errorResponse(400, kInvalidParameter, QStringLiteral("%1 is not a field of this API.").arg(key)));
    }
    static const QStringList textFields{
        QStringLiteral("name"),           QStringLiteral("certificate"),           QStringLiteral("certificate_chain"),
        QStringLiteral("private_key"),    QStringLiteral("enterprise_project_id"), QStringLiteral("enc_certificate"),
        QStringLiteral("enc_private_key")};
    for (const QString& field : textFields) {
        if (body.contains(field) && !body.value(field).isString())
            return respond(errorResponse(400, kInvalidParameter, QStringLiteral("%1 must be a string.").arg(field)));
    }
    if (body.contains(QLatin1String("duplicate_check")) && !body.value(QLatin1String("duplicate_check")).isBool())
        return respond(errorResponse(400, kInvalidParameter, QStringLiteral("duplicate_check must be true or false.")));

    const QString name = body.value(QLatin1String("name")).toString();
    if (name.isEmpty())
        return respond(errorResponse(400, kInvalidParameter, QStringLiteral("name is mandatory.")));
    for (const Finding& finding :
         Validator::checkName(name) +
             Validator::checkEnterpriseProjectId(body.value(QLatin1String("enterprise_project_id")).toString())) {
        if (finding.isError())
            return respond(errorResponse(400, kInvalidParameter, finding.message));
    }

    struct Limit
    {
        const char* field;
        int max;
    };
    static constexpr Limit lengths[] = {{"certificate", limits::kCertificateMax},
                                        {"certificate_chain", limits::kChainMax},
                                        {"private_key", limits::kPrivateKeyMax},
                                        {"enc_certificate", limits::kEncCertificateMax},
                                        {"enc_private_key", limits::kEncPrivateKeyMax}};
    for (const Limit& limit : lengths) {
        if (body.value(QLatin1String(limit.field)).toString().size() > limit.max)
            return respond(errorResponse(
                400, kInvalidParameter,
                QStringLiteral("%1 is longer than %2 characters.").arg(QLatin1String(limit.field)).arg(limit.max)));
    }

    const QByteArray certificate = body.value(QLatin1String("certificate")).toString().toUtf8();
    const QByteArray chain = body.value(QLatin1String("certificate_chain")).toString().toUtf8();
    QByteArray key = body.value(QLatin1String("private_key")).toString().toUtf8();
    const QByteArray encCertificate = body.value(QLatin1String("enc_certificate")).toString().toUtf8();
    QByteArray encKey = body.value(QLatin1String("enc_private_key")).toString().toUtf8();
    const auto wipeKeys = qScopeGuard([&] {
        wipe(key);
        wipe(encKey);
    });
    if (certificate.trimmed().isEmpty())
        return respond(
            errorResponse(400, QStringLiteral("SCM.0054"), QStringLiteral("The certificate content is missing.")));
    if (key.trimmed().isEmpty())
        return respond(errorResponse(400, kInvalidParameter, QStringLiteral("private_key is mandatory.")));
    const auto hasCertificateMarkers = [](const QByteArray& text) {
        return text.contains("-----BEGIN CERTIFICATE-----") && text.contains("-----END CERTIFICATE-----");
    };
    if (!hasCertificateMarkers(certificate) || (!chain.trimmed().isEmpty() && !hasCertificateMarkers(chain)))
        return respond(
            errorResponse(400, QStringLiteral("SCM.0053"),
                          QStringLiteral("The certificate must be PEM between -----BEGIN CERTIFICATE----- and "
                                         "-----END CERTIFICATE----- lines.")));
    if (!key.contains("PRIVATE KEY-----"))
        return respond(
            errorResponse(400, QStringLiteral("SCM.0114"),
                          QStringLiteral("The private key must be PEM between -----BEGIN PRIVATE KEY----- (or RSA/EC "
                                         "PRIVATE KEY) and -----END ...----- lines.")));
    if (key.contains("ENCRYPTED"))
        return respond(errorResponse(400, QStringLiteral("SCM.0012"),
                                     QStringLiteral("A password-protected private key cannot be uploaded.")));

    // What the service does with the received text: parse it, match key and certificate, check the chain as given.
    // That is the expensive part, and a sandbox inside the window lives on the GUI thread: it runs in the sandbox's
    // own thread pool, and the answer follows from the event loop.
    auto inspectionRequest = std::make_shared<InspectionRequest>();
    inspectionRequest->inputs.append(InputSource{QStringLiteral("certificate"), certificate});
    if (!chain.trimmed().isEmpty())
        inspectionRequest->inputs.append(InputSource{QStringLiteral("certificate_chain"), chain});
    // Deep copies: `key` is wiped when this function returns, the worker's copy when the worker is done.
    inspectionRequest->inputs.append(
        InputSource{QStringLiteral("private_key"), QByteArray(key.constData(), key.size())});
    if (!encCertificate.trimmed().isEmpty())
        inspectionRequest->encInputs.append(InputSource{QStringLiteral("enc_certificate"), encCertificate});
    if (!encKey.trimmed().isEmpty())
        inspectionRequest->encInputs.append(
            InputSource{QStringLiteral("enc_private_key"), QByteArray(encKey.constData(), encKey.size())});
    inspectionRequest->form.name = name;
    inspectionRequest->form.enterpriseProjectId = body.value(QLatin1String("enterprise_project_id")).toString();
    const bool allowDuplicate = body.value(QLatin1String("duplicate_check")).toBool(false);
    m_validation.start([this, inspectionRequest, clock = m_clock, allowDuplicate, respond] {
        auto verdict = std::make_shared<ImportVerdict>(validateImport(*inspectionRequest, clock));
        for (InputSource& input : inspectionRequest->inputs + inspectionRequest->encInputs)
            wipe(input.data);
        {
            const QMutexLocker lock(&m_validationThreadMutex);
            m_lastValidationThread = QThread::currentThread();
        }
        // The sandbox waits for this pool before it goes away, so `this` is alive here.
        QMetaObject::invokeMethod(
            this, [this, verdict, allowDuplicate, respond] { respond(storeImport(*verdict, allowDuplicate)); },
            Qt::QueuedConnection);
    });
}

Sandbox::ImportVerdict Sandbox::validateImport(const InspectionRequest& request, std::shared_ptr<const Clock> clock)
{
    // An empty trust store: whether a chain ends at a known root is not something the service checks.
    const Inspector inspector(std::move(clock), std::make_shared<ListTrustStore>());
    const Inspection inspection = inspector.inspect(request);

    ImportVerdict verdict;
    QList<Finding> rejections;
    // The service reads the chain in the order it was sent: "an issuer does not match the certificate before it".
    if (!receivedInIssuerOrder(request.inputs)) {
        rejections.append(Finding{Severity::Error,
                                  QStringLiteral("chain.sequence"),
                                  QStringLiteral("certificate_chain"),
                                  QString(),
                                  QStringLiteral("SCM.0079"),
                                  {}});
    }
    for (const Finding& finding : inspection.findings) {
        // The service cannot reorder what it receives: a chain out of order is rejected, not fixed.
        if (finding.isError() || finding.scmCode == QLatin1String("SCM.0079"))
            rejections.append(finding);
    }
    if (!rejections.isEmpty()) {
        std::stable_sort(rejections.begin(), rejections.end(),
                         [](const Finding& a, const Finding& b) { return priorityOf(a) < priorityOf(b); });
        const Finding& first = rejections.first();
        if (first.scmCode == QLatin1String("SCM.0079")) {
            // The finding's own text says the client reordered the chain; the service only refuses it.
            verdict.rejection = errorResponse(400, first.scmCode,
                                              QStringLiteral("The certificate chain is not in order: each certificate "
                                                             "must be followed by the certificate that issued it."));
        } else {
            verdict.rejection = errorResponse(400, scmCodeFor(first), first.message);
        }
        return verdict;
    }
    if (inspection.bundle.leaf.isNull()) {
        verdict.rejection =
            errorResponse(400, QStringLiteral("SCM.0006"), QStringLiteral("The certificate cannot be parsed."));
        return verdict;
    }
    const Certificate& leaf = inspection.bundle.leaf;
    const CertificateDetails& details = inspection.leafDetails;
    CertificateRecord& record = verdict.record;
    record.name = request.form.name;
    record.domainNames = details.domainNames();
    if (record.domainNames.isEmpty())
        record.domainNames.append(details.subjectCn);
    record.domain = record.domainNames.value(0);
    record.signatureAlgorithm = details.signatureAlgorithm;
    record.sha1 = ossl::toHex(leaf.sha1());
    record.sha256 = ossl::toHex(leaf.sha256());
    record.issuer = details.issuerDn;
    record.notBefore = details.notBefore;
    record.notAfter = details.notAfter;
    record.enterpriseProjectId = request.form.enterpriseProjectId;
    return verdict;
}

HttpResponse Sandbox::storeImport(const ImportVerdict& verdict, bool allowDuplicate)
{
    if (verdict.rejection)
        return *verdict.rejection;
    // The validation ran after handle() released the state file's lock: take it again for this read-modify-write
    // and take over what another process stored meanwhile, or the two would overwrite each other's certificates.
    const std::unique_ptr<QLockFile> stateLock = m_stateFile.isEmpty() ? nullptr : lockForUpdate(m_stateFile);
    if (!m_stateFile.isEmpty() && !stateLock)
        qCWarning(lcSandbox) << "sandbox state file stays locked by another process:" << m_stateFile;
    refreshFromStateFile();
    // Checked here, on the sandbox's thread, so two imports of one certificate validated side by side still
    // leave one copy.
    if (!allowDuplicate) {
        const auto existing = std::find_if(m_records.cbegin(), m_records.cend(), [&](const CertificateRecord& r) {
            return r.sha256 == verdict.record.sha256;
        });
        if (existing != m_records.cend()) {
            // The service's code for a duplicate is unconfirmed; SCM.0020 is what the client maps to "duplicate".
            return errorResponse(400, QStringLiteral("SCM.0020"),
                                 QStringLiteral("The certificate has already been uploaded as %1. Set "
                                                "duplicate_check to true to upload it again.")
                                     .arg(existing->id));
        }
    }
    if (m_records.size() >= m_quota)
        return errorResponse(400, QStringLiteral("SCM.0011"),
                             QStringLiteral("The certificate quota (%1) has been reached.").arg(m_quota));
    CertificateRecord record = verdict.record;
    record.id = newCertificateId();
    record.created = m_clock->now().toUTC();
    m_records.append(record);
    persist();
    qCDebug(lcSandbox) << "imported" << record.id << record.name;
    return jsonResponse(200, QJsonObject{{QStringLiteral("certificate_id"), record.id}});
}

QThread* Sandbox::lastValidationThread() const
{
    const QMutexLocker lock(&m_validationThreadMutex);
    return m_lastValidationThread;
}

} // namespace ccm::sandbox
