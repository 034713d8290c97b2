#include "certificate/Inspection.h"

#include "certificate/BundleAssembler.h"
#include "certificate/Validator.h"

#include <QJsonArray>

#include <algorithm>

namespace ccm {

Inspector::Inspector(std::shared_ptr<const Clock> clock, std::shared_ptr<const TrustStore> trust)
    : m_clock(std::move(clock))
    , m_trust(std::move(trust))
{}

Inspection Inspector::inspect(const InspectionRequest& request, PassphraseProvider* passphrases) const
{
    Inspection inspection;
    const BundleReader reader(passphrases);
    const ReadResult main = reader.read(request.inputs);
    ReadResult enc;
    for (int i = 0; i < request.encInputs.size(); ++i)
        reader.read(request.encInputs.at(i), int(request.inputs.size()) + i, enc);
    // Reading problems of the encryption files concern the encryption fields.
    for (Finding f : enc.findings) {
        if (f.field == QLatin1String("input") || f.field == QLatin1String("certificate"))
            f.field = QStringLiteral("enc_certificate");
        else if (f.field == QLatin1String("private_key"))
            f.field = QStringLiteral("enc_private_key");
        inspection.findings.append(f);
    }
    inspection.findings = main.findings + inspection.findings;
    inspection.unreadableInput = main.hasUnreadableInput() || enc.hasUnreadableInput();

    const BundleAssembler assembler(m_trust);
    inspection.bundle = assembler.assemble(main, enc);
    const bool nothingRead = main.certificates.isEmpty() && main.keys.isEmpty() && inspection.unreadableInput;
    if (!nothingRead)
        inspection.findings += inspection.bundle.findings;

    const QString name = request.form.name.isEmpty() && !inspection.bundle.leaf.isNull()
                             ? generatedName(inspection.bundle.leaf)
                             : request.form.name;
    inspection.fields = payloadFields(inspection.bundle, name);
    if (!nothingRead) {
        const Validator validator(m_clock);
        QList<Finding> checks = validator.validate(inspection.bundle, request.form, inspection.fields);
        // A key that could not be read was already reported, with the reason; "no key" would only repeat it.
        const bool keyUnreadable = std::any_of(main.findings.cbegin(), main.findings.cend(), [](const Finding& f) {
            return f.isError() && f.field == QLatin1String("private_key");
        });
        if (keyUnreadable)
            checks.removeIf([](const Finding& f) { return f.code == QLatin1String("key.missing"); });
        inspection.findings += checks;
    }
    std::stable_sort(inspection.findings.begin(), inspection.findings.end(),
                     [](const Finding& a, const Finding& b) { return int(a.severity) > int(b.severity); });

    const QDateTime now = m_clock->now();
    if (!inspection.bundle.leaf.isNull())
        inspection.leafDetails = CertificateDetails::from(inspection.bundle.leaf, now);
    for (const auto& certificate : inspection.bundle.chain)
        inspection.chainDetails.append(CertificateDetails::from(certificate, now));
    if (!inspection.bundle.encCertificate.isNull())
        inspection.encDetails = CertificateDetails::from(inspection.bundle.encCertificate, now);
    return inspection;
}

QJsonObject Inspection::toJson() const
{
    const auto summary = [](const Certificate& certificate, const QString& reason) {
        QJsonObject object{{QStringLiteral("subject"), certificate.subjectDn()},
                           {QStringLiteral("subject_cn"), certificate.subjectCommonName()},
                           {QStringLiteral("issuer"), certificate.issuerDn()},
                           {QStringLiteral("sha256"), fingerprintText(certificate.sha256())}};
        if (!reason.isEmpty())
            object.insert(QStringLiteral("reason"), reason);
        return object;
    };
    QJsonObject object;
    object.insert(QStringLiteral("name"), fields.name);
    object.insert(QStringLiteral("leaf"), bundle.leaf.isNull() ? QJsonValue() : QJsonValue(leafDetails.toJson()));
    QJsonArray chain;
    for (const auto& details : chainDetails)
        chain.append(details.toJson());
    object.insert(QStringLiteral("chain"), chain);
    QJsonArray dropped;
    for (const auto& root : bundle.droppedRoots)
        dropped.append(summary(root, QStringLiteral("root")));
    for (const auto& stray : bundle.unrelated)
        dropped.append(summary(stray, QStringLiteral("unrelated")));
    object.insert(QStringLiteral("dropped"), dropped);
    object.insert(QStringLiteral("duplicates_removed"), bundle.duplicatesRemoved);
    object.insert(QStringLiteral("reordered"), bundle.reordered);
    if (!bundle.key.isNull()) {
        object.insert(QStringLiteral("private_key"),
                      QJsonObject{{QStringLiteral("algorithm"), bundle.key.algorithm()},
                                  {QStringLiteral("bits"), bundle.key.bits()},
                                  {QStringLiteral("curve"), bundle.key.curve()},
                                  {QStringLiteral("source"), bundle.keySource},
                                  {QStringLiteral("was_encrypted"), bundle.keyWasEncrypted},
                                  {QStringLiteral("matches_certificate"),
                                   !bundle.leaf.isNull() && bundle.leaf.matches(bundle.key)}});
    }
    if (!bundle.encCertificate.isNull())
        object.insert(QStringLiteral("enc_certificate"), encDetails.toJson());
    QJsonArray findingArray;
    for (const auto& f : findings)
        findingArray.append(f.toJson());
    object.insert(QStringLiteral("findings"), findingArray);
    object.insert(QStringLiteral("payload_ready"), payloadReady());
    object.insert(QStringLiteral("lengths"),
                  QJsonObject{{QStringLiteral("certificate"), int(fields.certificate.size())},
                              {QStringLiteral("certificate_chain"), int(fields.certificateChain.size())},
                              {QStringLiteral("private_key"), int(fields.privateKey.size())}});
    return object;
}

} // namespace ccm
