#include "InputSummary.h"

#include "certificate/BundleReader.h"

#include <QFileInfo>

namespace ccm::ui {

namespace {

QString nameOf(const Certificate& certificate)
{
    const QString cn = certificate.subjectCommonName();
    return cn.isEmpty() ? certificate.displayName() : cn;
}

bool contains(const QList<Certificate>& list, const Certificate& certificate)
{
    return std::any_of(list.cbegin(), list.cend(), [&certificate](const Certificate& c) { return c == certificate; });
}

} // namespace

QString InputSummarizer::counted(int certificates, bool key)
{
    // Spelled out rather than "%n certificate(s)": English has no translation file to pick the plural.
    if (certificates == 0)
        return tr("key");
    if (certificates == 1)
        return key ? tr("1 certificate + key") : tr("1 certificate");
    return key ? tr("%1 certificates + key").arg(certificates) : tr("%1 certificates").arg(certificates);
}

QList<InputSummary> InputSummarizer::summarize(const QList<InputSource>& inputs, const Inspection& inspection,
                                               PassphraseProvider* passphrases)
{
    const BundleReader reader(passphrases);
    const CertificateBundle& bundle = inspection.bundle;
    QList<InputSummary> summaries;
    for (int i = 0; i < inputs.size(); ++i) {
        const InputSource& input = inputs.at(i);
        ReadResult read;
        reader.read(input, i, read);
        InputSummary summary;
        QStringList details;

        // Each certificate with its role in what will be sent.
        QStringList roles;
        InputSummary::Kind singleKind = InputSummary::Kind::Certificate;
        for (const SourcedCertificate& sourced : std::as_const(read.certificates)) {
            const Certificate& c = sourced.certificate;
            QString role;
            if (!bundle.leaf.isNull() && c == bundle.leaf) {
                role = tr("certificate: %1 (leaf)").arg(nameOf(c));
                singleKind = InputSummary::Kind::Certificate;
            } else if (contains(bundle.chain, c)) {
                role = tr("intermediate: %1").arg(nameOf(c));
                singleKind = InputSummary::Kind::Intermediate;
            } else if (contains(bundle.droppedRoots, c)) {
                role = tr("root: %1 (left out)").arg(nameOf(c));
                singleKind = InputSummary::Kind::Root;
            } else if (contains(bundle.unrelated, c)) {
                role = tr("certificate: %1 (not part of this chain, left out)").arg(nameOf(c));
                singleKind = InputSummary::Kind::Certificate;
            } else if (!bundle.encCertificate.isNull() && c == bundle.encCertificate) {
                role = tr("SM2 encryption certificate: %1").arg(nameOf(c));
                singleKind = InputSummary::Kind::Certificate;
            } else {
                role = tr("certificate: %1").arg(nameOf(c));
                singleKind = c.isSelfSigned() ? InputSummary::Kind::Root : InputSummary::Kind::Certificate;
            }
            roles.append(role);
            details.append(role + QLatin1Char('\n') + tr("    subject: %1").arg(c.subjectDn()) + QLatin1Char('\n') +
                           tr("    issuer: %1").arg(c.issuerDn()));
        }
        QStringList keys;
        for (const SourcedKey& key : std::as_const(read.keys)) {
            const QString text = key.wasEncrypted ? tr("%1 private key (encrypted)").arg(key.key.description())
                                                  : tr("%1 private key").arg(key.key.description());
            keys.append(text);
            details.append(text);
        }
        for (const Finding& finding : std::as_const(read.findings))
            details.append(finding.message);

        const qsizetype certificates = read.certificates.size();
        const bool pkcs12 = QStringList{QStringLiteral("pfx"), QStringLiteral("p12")}.contains(
            QFileInfo(input.name).suffix().toLower());
        if (certificates == 0 && keys.isEmpty()) {
            summary.kind = InputSummary::Kind::Unreadable;
            const QString reason =
                read.findings.isEmpty() ? tr("no certificate or key found") : read.findings.constFirst().message;
            summary.text = tr("unreadable: %1").arg(reason);
        } else if (pkcs12) {
            summary.kind = InputSummary::Kind::Bundle;
            summary.text = QStringLiteral("PKCS#12: ") + counted(int(certificates), !keys.isEmpty());
        } else if (certificates == 1 && keys.isEmpty()) {
            summary.kind = singleKind;
            summary.text = roles.constFirst();
        } else if (certificates == 0 && keys.size() == 1) {
            summary.kind = InputSummary::Kind::Key;
            summary.text = keys.constFirst();
        } else {
            summary.kind = InputSummary::Kind::Bundle;
            summary.text = counted(int(certificates), !keys.isEmpty());
        }
        summary.details = details.join(QLatin1Char('\n'));
        summaries.append(summary);
    }
    return summaries;
}

} // namespace ccm::ui
