#include "certificate/Validator.h"

#include "certificate/CertificateDetails.h"

namespace ccm {

namespace {

Finding finding(Severity severity, const QString& code, const QString& field, const QString& message,
                const QString& scmCode = {})
{
    return Finding{severity, code, field, message, scmCode, {}};
}

} // namespace

Validator::Validator(std::shared_ptr<const Clock> clock)
    : m_clock(std::move(clock))
{}

void Validator::checkCertificate(const Certificate& certificate, const QString& field, bool isLeaf,
                                 QList<Finding>& findings) const
{
    const QDateTime now = m_clock->now();
    const auto details = CertificateDetails::from(certificate, now);
    const QString name = certificate.displayName();
    if (details.notAfter.isValid() && now > details.notAfter) {
        findings.append(finding(Severity::Error, QStringLiteral("certificate.expired"), field,
                                tr("\"%1\" expired on %2. Renew it with your CA and import the new certificate.")
                                    .arg(name, details.notAfter.toString(Qt::ISODate))));
    } else if (details.notBefore.isValid() && now < details.notBefore) {
        findings.append(finding(Severity::Error, QStringLiteral("certificate.not-yet-valid"), field,
                                tr("\"%1\" is only valid from %2. Check the computer's clock, or wait until then.")
                                    .arg(name, details.notBefore.toString(Qt::ISODate))));
    } else if (isLeaf && details.daysLeft < limits::kExpiresSoonDays) {
        findings.append(finding(Severity::Warning, QStringLiteral("certificate.expires-soon"), field,
                                tr("\"%1\" expires in %n day(s) (%2). Consider renewing it before importing.", nullptr,
                                   int(details.daysLeft))
                                    .arg(name, details.notAfter.toString(Qt::ISODate))));
    }
    if (details.hasWeakSignatureHash()) {
        findings.append(finding(Severity::Warning, QStringLiteral("certificate.sha1"), field,
                                tr("\"%1\" is signed with %2, which browsers no longer trust. Ask your CA for a "
                                   "certificate signed with SHA-256.")
                                    .arg(name, details.signatureAlgorithm)));
    }
    if (details.publicKeyAlgorithm == QLatin1String("RSA") && details.publicKeyBits < limits::kMinRsaBits) {
        findings.append(finding(Severity::Warning, QStringLiteral("certificate.weak-key"), field,
                                tr("\"%1\" has a %2-bit RSA key; at least 2048 bits are needed to be trusted. Create "
                                   "a new key and certificate.")
                                    .arg(name)
                                    .arg(details.publicKeyBits)));
    }
    if (isLeaf || field == QLatin1String("enc_certificate")) {
        static const QStringList supported{QStringLiteral("RSA"), QStringLiteral("EC"), QStringLiteral("SM2")};
        if (!supported.contains(details.publicKeyAlgorithm)) {
            findings.append(finding(Severity::Error, QStringLiteral("certificate.key-type"), field,
                                    tr("The key of \"%1\" is %2, which Huawei Cloud's certificate services do not "
                                       "accept: they take RSA, EC (ECDSA) and SM2 keys. Create an RSA or EC key and "
                                       "have the certificate issued again.")
                                        .arg(name, details.publicKeyAlgorithm)));
        }
    }
    if (isLeaf) {
        if (certificate.isSelfSigned()) {
            findings.append(finding(Severity::Warning, QStringLiteral("certificate.self-signed"), field,
                                    tr("\"%1\" is self-signed: browsers and clients will not trust it unless "
                                       "their users install it. Use a certificate issued by a CA for a public site.")
                                        .arg(name)));
        }
        if (details.domainNames().isEmpty()) {
            findings.append(finding(Severity::Error, QStringLiteral("certificate.no-domain"), field,
                                    tr("\"%1\" names no domain (no DNS entry in the Subject Alternative Name and no "
                                       "host name as Common Name). The service only accepts certificates issued for "
                                       "a domain; check that this is the server certificate.")
                                        .arg(details.subjectDn),
                                    QStringLiteral("SCM.0009")));
        }
        if (certificate.isCa()) {
            findings.append(finding(Severity::Warning, QStringLiteral("certificate.is-ca"), field,
                                    tr("\"%1\" is a CA certificate, not a server certificate. If you meant to import "
                                       "your server's certificate, choose that file instead.")
                                        .arg(name)));
        }
    }
}

QList<Finding> Validator::validate(const CertificateBundle& bundle, const ImportForm& form,
                                   const PayloadFields& fields) const
{
    QList<Finding> findings = checkName(form.name);
    findings += checkEnterpriseProjectId(form.enterpriseProjectId);
    if (form.name.isEmpty() && !fields.name.isEmpty()) {
        findings.append(finding(Severity::Info, QStringLiteral("name.generated"), QStringLiteral("name"),
                                tr("No name was given; the certificate will be imported as \"%1\".").arg(fields.name)));
    }

    if (bundle.leaf.isNull()) {
        findings.append(finding(Severity::Error, QStringLiteral("certificate.missing"), QStringLiteral("certificate"),
                                tr("No certificate was found. Add the certificate file your CA sent (.crt, .cer, "
                                   ".pem, .p7b or .pfx)."),
                                QStringLiteral("SCM.0054")));
    } else {
        checkCertificate(bundle.leaf, QStringLiteral("certificate"), true, findings);
        for (const auto& intermediate : bundle.chain)
            checkCertificate(intermediate, QStringLiteral("certificate_chain"), false, findings);
    }
    if (bundle.key.isNull()) {
        findings.append(finding(Severity::Error, QStringLiteral("key.missing"), QStringLiteral("private_key"),
                                tr("No private key was found. Add the key file that was created together with the "
                                   "certificate request (often .key), or a .pfx file that contains it.")));
    } else if (bundle.keyWasEncrypted) {
        findings.append(finding(Severity::Info, QStringLiteral("key.decrypted"), QStringLiteral("private_key"),
                                tr("The private key was decrypted in memory. It is sent unencrypted over TLS, as the "
                                   "service does not accept password-protected keys, and never written to disk.")));
    }
    if (!bundle.encCertificate.isNull())
        checkCertificate(bundle.encCertificate, QStringLiteral("enc_certificate"), false, findings);

    const auto checkLength = [&](qsizetype length, int max, const QString& field, const QString& what) {
        if (length > max) {
            findings.append(finding(
                Severity::Error, QStringLiteral("%1.too-long").arg(field), field,
                tr("%1 is %2 characters long; the service accepts at most %3.").arg(what).arg(length).arg(max)));
        }
    };
    checkLength(fields.certificate.size(), limits::kCertificateMax, QStringLiteral("certificate"),
                tr("The certificate"));
    checkLength(fields.certificateChain.size(), limits::kChainMax, QStringLiteral("certificate_chain"),
                tr("The certificate chain"));
    checkLength(fields.privateKey.size(), limits::kPrivateKeyMax, QStringLiteral("private_key"), tr("The private key"));
    checkLength(fields.encCertificate.size(), limits::kEncCertificateMax, QStringLiteral("enc_certificate"),
                tr("The encryption certificate"));
    checkLength(fields.encPrivateKey.size(), limits::kEncPrivateKeyMax, QStringLiteral("enc_private_key"),
                tr("The encryption private key"));
    return findings;
}

} // namespace ccm
